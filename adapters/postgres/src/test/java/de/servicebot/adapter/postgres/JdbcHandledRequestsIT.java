package de.servicebot.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicebot.core.shared.HandledRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A request key is handled once: across transactions, while they race, and again after a rollback. */
@SpringBootTest(classes = PostgresTestApplication.class)
class JdbcHandledRequestsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestApplication.useEmbeddedDatabase(registry);
    }

    @Autowired
    HandledRequests handled;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    private boolean claimed(String key) {
        return Boolean.TRUE.equals(tx().execute(s -> handled.claim(key)));
    }

    @Test
    void aKeyIsClaimedOnceOnly() {
        String key = "form:" + UUID.randomUUID();

        assertThat(claimed(key)).isTrue();
        assertThat(claimed(key)).isFalse();
    }

    @Test
    void aRollbackReleasesTheKeySoThatACorrectedFormCanBeSentAgain() {
        String key = "form:" + UUID.randomUUID();

        tx().executeWithoutResult(s -> {
            assertThat(handled.claim(key)).isTrue();
            s.setRollbackOnly();
        });

        assertThat(claimed(key)).isTrue();
    }

    @Test
    void aSecondClaimWhileTheFirstIsOpenWaitsAndThenLoses() throws Exception {
        String key = "teams:" + UUID.randomUUID();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> tx().execute(s -> {
            boolean won = handled.claim(key);
            claimed.countDown();
            await(release);
            return won;
        }));
        assertThat(claimed.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> tx().execute(s -> handled.claim(key)));

        Thread.sleep(300);
        assertThat(second).isNotDone();
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void forgetsWhatWasHandledLongAgo() {
        String old = "slack:" + UUID.randomUUID();
        String recent = "slack:" + UUID.randomUUID();
        tx().executeWithoutResult(s -> {
            handled.claim(old);
            handled.claim(recent);
        });
        jdbc.sql("update handled_request set handled_at = now() - interval '40 days' where key = ?")
                .param(old)
                .update();

        handled.forgetBefore(Instant.now().minus(Duration.ofDays(30)));

        assertThat(claimed(old)).isTrue();
        assertThat(claimed(recent)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
