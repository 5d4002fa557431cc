package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.organization.internal.OrganizationFormsTest.malformed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.internal.RestructuringRequest.Target;
import vn.ptdv.shared.DateInput;

/** What a restructuring accepts as typed (the API's body and the wizard's form), before any rule is asked. */
class RestructuringRequestTest {
    static final LocalDate DATE = LocalDate.of(2025, 7, 1);

    static RestructuringRequest request(String type, String date) {
        return new RestructuringRequest(type, date, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aMalformedDateIsToldBeforeAnythingIsLookedUp() {
        assertThat(malformed(() -> new RestructuringRequest("DISSOLVE", "2024-02-31", null, "KHONG-CO", null, null,
                null, null, null, null, null, null).parse(DateInput.API)))
                .containsExactly("effectiveDate: date.day");
    }

    @Test
    void anUnknownTypeStopsTheReading() {
        assertThat(malformed(() -> request("GOP", "2025-07-01").parse(DateInput.API)))
                .containsExactly("type: validation.oneOf");
    }

    @Test
    void aRenameIsReadWithTheNewNameNormalized() {
        Restructuring rename = new RestructuringRequest("RENAME", "01/07/2025", " Quyết định  số 5 ", " HB ",
                " Đảng bộ  phường Mới ", null, null, null, null, null, null, null).parse(DateInput.PAGE);

        assertThat(rename).isEqualTo(new Restructuring.Rename("HB", "Đảng bộ phường Mới", DATE, "Quyết định số 5"));
    }

    @Test
    void aMergeNeedsItsSourcesAndExactlyOneTarget() {
        assertThat(malformed(() -> new RestructuringRequest("MERGE", "2025-07-01", null, null, null, null, List.of(),
                "AP", new Target("HBAP", "Đảng bộ", "GRASSROOTS_COMMITTEE", "BM", null), null, null, null)
                .parse(DateInput.API))).containsExactly("sourceCodes: validation.required",
                        "targetCode: restructuring.merge.oneTarget");
    }

    @Test
    void aNewMergeTargetIsCheckedLikeANewOrganizationUnderTargetDot() {
        assertThat(malformed(() -> new RestructuringRequest("MERGE", "2025-07-01", null, null, null, null,
                List.of("HB", " "), null, new Target("hb ap", null, "DANG_BO", "BM", null), null, null, null)
                .parse(DateInput.API))).containsExactly("sourceCodes[1]: validation.required",
                        "target.code: org.code.pattern", "target.name: validation.required",
                        "target.type: validation.oneOf");
    }

    @Test
    void aSplitNeedsTwoTargetsAndEveryAllocationItsTarget() {
        assertThat(malformed(() -> new RestructuringRequest("SPLIT", "2025-07-01", null, null, null, null, null, null,
                null, "HB", List.of(new Target("AP", null, null, null, null)),
                List.of(new RestructuringRequest.Allocation("HB-1", null, " "),
                        new RestructuringRequest.Allocation(null, null, "AP")))
                .parse(DateInput.API))).containsExactly("targets: restructuring.split.twoTargets",
                        "allocation[0].targetCode: validation.required",
                        "allocation[1].organizationCode: validation.required");
    }

    @Test
    void theWizardsRowsBecomeTargetsAndItsAllocationNamesTheirCodes() {
        RestructuringForm form = new RestructuringForm("SPLIT", "HB", "01/07/2025", null, null, null, null, null,
                null, null, null, null, null, null, List.of("AP", "HB-MOI", ""),
                List.of("", "Đảng bộ phường Mới", ""), List.of("", "GRASSROOTS_COMMITTEE", ""),
                Map.of("HB-2", "2"), Map.of("77", "1"));

        Restructuring split = form.request().parse(DateInput.PAGE);

        assertThat(split).isEqualTo(new Restructuring.Split("HB", List.of(new Restructuring.ExistingTarget("AP"),
                new Restructuring.NewTarget("HB-MOI", "Đảng bộ phường Mới", OrganizationType.GRASSROOTS_COMMITTEE,
                        null, null)),
                List.of(new Restructuring.Allocation("HB-2", null, "HB-MOI"),
                        new Restructuring.Allocation(null, 77L, "AP")), DATE, null));
    }

    @Test
    void aMergeThroughTheWizardTakesTheOrganizationAndTheOthersTyped() {
        RestructuringForm form = new RestructuringForm("MERGE", "HB", "01/07/2025", null, null, null, "AP; BM-X", null,
                "BM-Y", null, null, null, null, null, null, null, null, null, null);

        assertThat(form.request().parse(DateInput.PAGE)).isEqualTo(new Restructuring.Merge(List.of("HB", "AP", "BM-X"),
                new Restructuring.ExistingTarget("BM-Y"), DATE, null));
    }
}
