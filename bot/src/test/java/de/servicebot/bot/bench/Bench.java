package de.servicebot.bot.bench;

import de.servicebot.adapter.postgres.EmbeddedDatabase;
import de.servicebot.bot.ServicebotApplication;
import de.servicebot.bot.TestSettings;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmarks share: the application on a fresh embedded database, and timing with p50/p99/max. */
final class Bench {

    static final int WARMUP = 500;
    static final int ROUNDS = 3_000;
    private static final Logger log = LoggerFactory.getLogger(Bench.class);

    private Bench() {}

    /** Servicebot on a new, empty embedded database, logging only warnings and the benchmarks' figures. */
    static ConfigurableApplicationContext start() {
        Map<String, Object> settings =
                new HashMap<>(EmbeddedDatabase.shared().newDatabase("bench_" + System.nanoTime()));
        settings.putAll(TestSettings.mailAndOutbox(25));
        settings.put("server.port", "0");
        // seeding 100,000 tickets takes longer than the request timeouts allow one statement
        settings.put("spring.datasource.hikari.data-source-properties.options", "-c statement_timeout=0");
        settings.put("spring.datasource.hikari.data-source-properties.socketTimeout", "0");
        settings.put("logging.level.root", "warn");
        settings.put("logging.level.de.servicebot.bot.bench", "info");
        return new SpringApplicationBuilder(ServicebotApplication.class).run(TestSettings.asArguments(settings));
    }

    /** Runs {@code work} {@link #WARMUP} times, then times {@link #ROUNDS} runs and logs the figures. */
    static void measure(String what, IntConsumer work) {
        for (int i = 0; i < WARMUP; i++) {
            work.accept(i);
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            work.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        report(what, nanos);
    }

    static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        log.info(String.format(
                Locale.ROOT,
                "%-38s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%d runs)",
                what,
                nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6,
                nanos[nanos.length - 1] / 1e6,
                nanos.length));
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
