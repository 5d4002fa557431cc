package vn.ptdv.membership.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts {@link Anonymization#run} at the times of {@code ptdv.personal-data.anonymize-cron} in
 * Vietnam's time (02:30 every day by default; "-" turns it off). Every instance does; the run itself
 * makes sure only one works each day.
 */
@Component
class DailyAnonymization {
    private static final Logger log = LoggerFactory.getLogger(DailyAnonymization.class);

    private final Anonymization anonymization;
    private final boolean scheduled;

    DailyAnonymization(Anonymization anonymization,
            @Value("${ptdv.personal-data.anonymize-cron:0 30 2 * * *}") String cron) {
        this.anonymization = anonymization;
        this.scheduled = !Scheduled.CRON_DISABLED.equals(cron.strip());
    }

    boolean scheduled() {
        return scheduled;
    }

    @Scheduled(cron = "${ptdv.personal-data.anonymize-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void run() {
        try {
            anonymization.run().ifPresent(count -> log.info("Anonymized {} people whose retention period ended", count));
        } catch (RuntimeException e) {
            log.error("The daily anonymization failed; the next day's run takes up everyone it missed", e);
        }
    }
}
