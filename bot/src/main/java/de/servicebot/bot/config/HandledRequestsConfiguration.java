package de.servicebot.bot.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import de.servicebot.core.shared.HandledRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What was handled is remembered for 30 days, far longer than any platform sends a request again (Slack replays are
 * refused after 5 minutes, Teams retries within seconds, a card's form token is used once); once a night, on one
 * instance, older keys are forgotten.
 */
@Configuration(proxyBeanMethods = false)
public class HandledRequestsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HandledRequestsConfiguration.class);
    static final Duration REMEMBERED = Duration.ofDays(30);

    @Bean
    RecurringTask<Void> forgetHandledRequests(HandledRequests handled, Clock clock) {
        return Tasks.recurring("forget-handled-requests", Schedules.daily(clock.getZone(), LocalTime.of(3, 30)))
                .execute((instance, context) -> {
                    int forgotten = handled.forgetBefore(clock.instant().minus(REMEMBERED));
                    log.info("Forgot {} handled requests older than {} days", forgotten, REMEMBERED.toDays());
                });
    }
}
