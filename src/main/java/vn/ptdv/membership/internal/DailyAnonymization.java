package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import vn.ptdv.shared.Formats;

/**
 * Starts {@link Anonymization#run} at the times of {@code ptdv.personal-data.anonymize-cron} in
 * Vietnam's time (02:30 every day by default; "-" turns it off), on one thread of its own. Every
 * instance does; the run itself makes sure only one works each day. (Spring's {@code @Scheduled}
 * would add a second task executor bean to the context, which the imports' executor is injected
 * by type.)
 */
@Component
class DailyAnonymization implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DailyAnonymization.class);

    private final Anonymization anonymization;
    private final Clock clock;
    private final CronExpression cron;
    private ScheduledExecutorService timer;

    DailyAnonymization(Anonymization anonymization, Clock clock,
            @Value("${ptdv.personal-data.anonymize-cron:0 30 2 * * *}") String cron) {
        this.anonymization = anonymization;
        this.clock = clock;
        this.cron = "-".equals(cron.strip()) ? null : CronExpression.parse(cron);
    }

    boolean scheduled() {
        return cron != null;
    }

    @Override
    public synchronized void start() {
        if (cron != null && timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "ptdv-anonymization");
                thread.setDaemon(true);
                return thread;
            });
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        if (timer == null) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(Formats.VIETNAM_ZONE));
        ZonedDateTime next = cron.next(now);
        if (next == null) {
            return;
        }
        timer.schedule(this::runAndReschedule, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        try {
            anonymization.run().ifPresent(count -> log.info("Anonymized {} people whose retention period ended", count));
        } catch (RuntimeException e) {
            log.error("The daily anonymization failed; the next day's run takes up everyone it missed", e);
        } finally {
            scheduleNext();
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
