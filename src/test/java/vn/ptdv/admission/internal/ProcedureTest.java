package vn.ptdv.admission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.rules.Rule;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.admission.internal.rules.RuleVersion;

/**
 * The procedure's table is the one place a step is defined: every step has its owner, its
 * prerequisites, its data and its deadline, and what the rest of the code reads agrees with it.
 */
class ProcedureTest {
    private static final RuleBook RULES = new RuleBook(AdmissionSettings.defaults());
    /** The steps that need nothing before them: the first one, and stopping or reopening a dossier. */
    private static final Set<StepCode> NEED_NOTHING = EnumSet.of(StepCode.APPLICATION, StepCode.STOPPED,
            StepCode.REOPENED);

    @Test
    void everyStepHasARowWithAnOwnerPrerequisitesDataAndADeadline() {
        assertThat(Procedure.steps()).extracting(Procedure.Step::code).containsExactlyInAnyOrder(StepCode.values());
        for (Procedure.Step step : Procedure.steps()) {
            assertThat(step.owner()).as("owner of %s", step.code()).isNotNull();
            assertThat(step.needs()).as("prerequisites of %s", step.code()).isNotNull();
            assertThat(step.data()).as("data of %s", step.code()).isNotNull();
            assertThat(step.data().isRecord()).as("data of %s is a record", step.code()).isTrue();
            assertThat(step.deadline()).as("deadline of %s", step.code()).isNotNull();
            assertThat(step.path()).as("path of %s", step.code()).isNotNull();
            assertThat(step.appliesWhen()).as("condition of %s", step.code()).isNotNull();
            assertThat(step.effect()).as("effect of %s", step.code()).isNotNull();
            if (NEED_NOTHING.contains(step.code())) {
                assertThat(step.needs()).as("%s needs nothing", step.code()).isEmpty();
            } else {
                assertThat(step.needs()).as("%s needs the steps before it", step.code()).isNotEmpty();
            }
        }
    }

    @Test
    void everyDeadlineNamesARuleWhoseVersionsCarryItsWorkingDays() {
        for (Procedure.Step step : Procedure.steps()) {
            Procedure.Deadline deadline = step.deadline();
            if (!deadline.exists()) {
                assertThat(deadline.from()).as("%s without a deadline", step.code()).isEqualTo(Procedure.Anchor.NONE);
                continue;
            }
            Rule rule = RULES.rule(deadline.ruleId()).orElseThrow(() -> new AssertionError(deadline.ruleId()));
            for (RuleVersion version : rule.versions()) {
                if (deadline.from() == Procedure.Anchor.LAST_DAY_OF_PROBATION) {
                    assertThat(version.number("probationMonths")).isEqualTo(12);
                } else {
                    assertThat(version.number("workingDays")).as("%s of %s", rule.id(), version).isPositive();
                }
                if (deadline.extension() == Procedure.Extension.WITH_REASON) {
                    assertThat(version.number("extensionWorkingDays")).isPositive();
                }
            }
            if (deadline.judged()) {
                assertThat(rule.steps()).as("%s judges %s", rule.id(), step.code()).contains(step.code());
            }
        }
    }

    @Test
    void theFieldsOfAStepAreThoseOfItsDataAsTheApiNamesThem() {
        assertThat(Procedure.fieldsOf(StepCode.CELL_RESOLUTION)).containsExactly("officialMembers", "votesFor",
                "votesAgainst", "olderConsent", "educationException", "literacyConsent", "readmission");
        assertThat(Procedure.fieldsOf(StepCode.RECOGNITION_CELL_RESOLUTION)).containsExactly("officialMembers",
                "votesFor", "votesAgainst");
        assertThat(Procedure.fieldsOf(StepCode.COMMITTEE_RESOLUTION)).containsExactly("committeeMembers", "votesFor",
                "votesAgainst");
        assertThat(Procedure.fieldsOf(StepCode.ADMISSION_DECISION)).containsExactly("decisionNumber", "issuerCode",
                "extensionReason");
        assertThat(Procedure.fieldsOf(StepCode.REMOVAL)).contains("decisionNumber", "issuerCode", "reason");
        assertThat(Procedure.fieldsOf(StepCode.CEREMONY)).contains("decisionReceivedOn", "superiorConsent",
                "ceremonyId");
        assertThat(Procedure.fieldsOf(StepCode.INTRODUCTION)).containsExactly("introducers", "union");
        assertThat(Procedure.fieldsOf(StepCode.APPLICATION)).isEmpty();
        // Every field of every step is a field of the forms and the API body.
        Set<String> formFields = Set.copyOf(Arrays.stream(DossierForms.StepForm.class.getRecordComponents())
                .map(c -> c.getName()).toList());
        Procedure.steps().forEach(s -> assertThat(formFields).containsAll(Procedure.fieldsOf(s.code())));
    }

    private static Dossier dossier(DossierKind kind) {
        return new Dossier(1, 2, 3, kind, List.of());
    }

    @Test
    void theStepsOfEachKindOfDossier() {
        assertThat(dossier(DossierKind.of(true, false)).sequence()).doesNotContain(StepCode.COMMITTEE_RESOLUTION,
                StepCode.RECOGNITION_COMMITTEE_RESOLUTION, StepCode.PARTIAL_COMMITTEE_REVIEW);
        assertThat(dossier(DossierKind.of(false, false)).sequence()).contains(StepCode.COMMITTEE_RESOLUTION,
                StepCode.RECOGNITION_COMMITTEE_RESOLUTION).doesNotContain(StepCode.PARTIAL_COMMITTEE_REVIEW);
        assertThat(dossier(DossierKind.of(false, true)).sequence()).containsSubsequence(StepCode.CELL_RESOLUTION,
                StepCode.PARTIAL_COMMITTEE_REVIEW, StepCode.COMMITTEE_RESOLUTION, StepCode.ADMISSION_DECISION);
        assertThat(dossier(DossierKind.of(false, true)).prerequisites(StepCode.ADMISSION_DECISION))
                .containsExactly(StepCode.CELL_RESOLUTION, StepCode.PARTIAL_COMMITTEE_REVIEW,
                        StepCode.COMMITTEE_RESOLUTION);
        assertThat(dossier(DossierKind.of(true, false)).prerequisites(StepCode.ADMISSION_DECISION))
                .containsExactly(StepCode.CELL_RESOLUTION);
        // Refusals, removals, stops and reopenings are not on the way to full membership.
        assertThat(dossier(DossierKind.of(false, true)).sequence()).doesNotContain(StepCode.ADMISSION_REFUSED,
                StepCode.REMOVAL, StepCode.STOPPED, StepCode.REOPENED);
    }

    @Test
    void theSpecialAuthoritiesAreTheKindsOfDossierTheProvinceDecides() {
        assertThat(new DossierKind(false, false, true, true, false).specialAuthority()).isTrue();
        assertThat(new DossierKind(false, false, false, false, true).specialAuthority()).isTrue();
        assertThat(new DossierKind(false, false, true, false, false).specialAuthority()).isFalse();
        assertThat(Procedure.step(StepCode.ADMISSION_DECISION).owner()).isEqualTo(Procedure.Body.ADMITTING_AUTHORITY);
        assertThat(Procedure.step(StepCode.ADMISSION_REFUSED).owner()).isEqualTo(Procedure.Body.ADMITTING_AUTHORITY);
        assertThat(Procedure.step(StepCode.RECOGNITION_DECISION).owner()).isEqualTo(Procedure.Body.AUTHORITY);
    }

    @Test
    void theStateOfADossierIsWhereItsLatestStepLeads() {
        List<StepRecord> records = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 4, 1);
        for (StepCode step : List.of(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY, StepCode.INTRODUCTION,
                StepCode.BACKGROUND_CHECK, StepCode.COMMENTS, StepCode.CELL_RESOLUTION, StepCode.ADMISSION_DECISION,
                StepCode.CEREMONY)) {
            records.add(new StepRecord(records.size() + 1, step, day = day.plusDays(7), StepData.NONE, null, List.of(),
                    null, null, OffsetDateTime.now(), "test"));
        }
        Dossier dossier = new Dossier(1, 2, 3, DossierKind.of(true, false), records);
        assertThat(dossier.state()).isEqualTo(DossierState.PROBATION);
        assertThat(dossier.nextStep()).contains(StepCode.NEW_MEMBER_CLASS);
        assertThat(Procedure.steps().stream().filter(s -> s.leadsTo() != null).map(Procedure.Step::leadsTo))
                .contains(DossierState.PROPOSED, DossierState.ADMITTED, DossierState.PROBATION, DossierState.OFFICIAL,
                        DossierState.REFUSED, DossierState.REMOVED, DossierState.STOPPED);
    }
}
