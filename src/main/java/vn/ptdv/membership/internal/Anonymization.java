package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.PersonalData;
import vn.ptdv.membership.PersonalData.Activity;
import vn.ptdv.shared.Formats;

/**
 * The daily anonymization (issue 11, item 9): people who were never party members, with nothing
 * open (no active pool entry, no open dossier) and nothing changed about them for the retention
 * period ({@code ptdv.personal-data.retention-years}) are anonymized by every module that holds
 * something about them ({@link PersonalData}). It runs once a day across all instances: each
 * claims the day in {@link AnonymizationRuns} and only the one that gets it works
 * ({@link DailyAnonymization} starts it). The run is
 * written in the audit log with how many people, never who.
 */
@Service
class Anonymization {
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final AnonymizationRuns runs;
    private final List<PersonalData> holders;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Retention retention;

    Anonymization(JdbcClient jdbc, AnonymizationRuns runs, List<PersonalData> holders, AuditLog audit,
            TransactionTemplate transaction, Clock clock,
            @Value("${ptdv.personal-data.retention-years:5}") int retentionYears) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.holders = holders;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.retention = new Retention(retentionYears);
    }

    Retention retention() {
        return retention;
    }

    /** Runs today's anonymization unless an instance already has; how many people it anonymized. */
    Optional<Integer> run() {
        LocalDate today = LocalDate.now(clock);
        if (!runs.claim(today, now(), retention.years())) {
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.execute(status -> {
            int count = anonymizeExpired(today);
            audit.record("PERSONAL_DATA_ANONYMIZED", "personal_data", today.toString(), null,
                    "people=" + count + "; retentionYears=" + retention.years());
            runs.finish(today, now(), count);
            return count;
        }));
    }

    private int anonymizeExpired(LocalDate today) {
        OffsetDateTime before = retention.activeBefore(today).atStartOfDay(Formats.VIETNAM_ZONE).toOffsetDateTime();
        int count = 0;
        long after = 0;
        while (true) {
            List<Long> candidates = jdbc.sql("""
                    SELECT p.id FROM person p
                    WHERE p.id > :after AND p.anonymized_on IS NULL AND p.updated_at < :before
                      AND NOT EXISTS (SELECT 1 FROM party_member m WHERE m.person_id = p.id)
                    ORDER BY p.id LIMIT :batch
                    """).param("after", after).param("before", before).param("batch", BATCH)
                    .query(Long.class).list();
            if (candidates.isEmpty()) {
                return count;
            }
            after = candidates.get(candidates.size() - 1);
            Map<Long, Activity> activity = new HashMap<>();
            for (PersonalData holder : holders) {
                holder.activity(candidates).forEach((id, a) -> activity.merge(id, a, Activity::merge));
            }
            List<Long> expired = new ArrayList<>();
            for (Long id : candidates) {
                Activity a = activity.get(id);
                if (a != null && retention.expired(a, today)) {
                    expired.add(id);
                }
            }
            if (!expired.isEmpty()) {
                holders.forEach(holder -> holder.anonymize(expired));
                count += expired.size();
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
