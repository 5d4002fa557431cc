package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.prospect.ProspectCategory;

/** SQL of pool surveys. */
@Repository
class SurveyStore {
    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Survey(long id, long organizationId, LocalDate surveyedOn, String surveyedBy, int eligibleTotal,
            Map<ProspectCategory, Integer> byCategory, String note) {
    }

    long insert(long organizationId, LocalDate on, String by, int total, Map<ProspectCategory, Integer> byCategory,
            String note, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pool_survey (organization_id, surveyed_on, surveyed_by, eligible_total, note, created_at, created_by)
                VALUES (:organization, :on, :by, :total, :note, :now, :user)
                """).param("organization", organizationId).param("on", on).param("by", by).param("total", total)
                .param("note", note).param("now", now).param("user", user).update(keys, "id");
        long id = keys.getKey().longValue();
        byCategory.forEach((category, eligible) -> jdbc.sql("""
                INSERT INTO pool_survey_count (survey_id, category, eligible) VALUES (:id, :category, :eligible)
                """).param("id", id).param("category", category.name()).param("eligible", eligible).update());
        return id;
    }

    /** The organization's latest survey on or before the date. */
    Optional<Survey> latest(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT id, organization_id, surveyed_on, surveyed_by, eligible_total, note FROM pool_survey
                WHERE organization_id = :organization AND surveyed_on <= :date
                ORDER BY surveyed_on DESC, id DESC
                """).param("organization", organizationId).param("date", date)
                .query((rs, n) -> new Survey(rs.getLong("id"), rs.getLong("organization_id"),
                        rs.getObject("surveyed_on", LocalDate.class), rs.getString("surveyed_by"),
                        rs.getInt("eligible_total"), counts(rs.getLong("id")), rs.getString("note")))
                .list().stream().findFirst();
    }

    private Map<ProspectCategory, Integer> counts(long surveyId) {
        Map<ProspectCategory, Integer> counts = new EnumMap<>(ProspectCategory.class);
        jdbc.sql("SELECT category, eligible FROM pool_survey_count WHERE survey_id = :id").param("id", surveyId)
                .query(rs -> {
                    counts.put(ProspectCategory.valueOf(rs.getString("category")), rs.getInt("eligible"));
                });
        return counts;
    }
}
