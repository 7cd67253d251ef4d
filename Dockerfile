# Builds and runs the bot. Configuration comes from the environment (see README, "Configuration").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl bot -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app servicebot
WORKDIR /app
COPY --from=build /src/bot/target/servicebot-bot-*.jar /app/servicebot.jar
USER servicebot
EXPOSE 8080
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-jar", "/app/servicebot.jar"]
