package vn.ptdv.exchange;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ptdv.support.Sheets.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Sheets;

/** A province brings its tree in from a workbook, parents in whatever order, once. */
@IntegrationTest
class OrganizationImportTest {
    static final List<Object> HEADERS = row("Mã tổ chức", "Tên tổ chức", "Loại tổ chức", "Mã tổ chức cấp trên",
            "Loại hình chi bộ", "Ngày thành lập");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @Test
    void aCommuneAndItsCellsListedChildrenFirstAreAddedOnceParentsFirst() throws Exception {
        String commune = tree.province() + "-MOI";
        byte[] workbook = Sheets.workbook("Tổ chức đảng", List.of(HEADERS,
                row(commune + "-TH01", "Chi bộ Thôn 1", "Chi bộ trực thuộc", commune, "Khu dân cư (thôn, ấp, khu phố, tổ dân phố)", null),
                row(commune + "-TR", "Chi bộ Trường Tiểu học", "CELL", commune, "SCHOOL", "01/09/2025"),
                row(commune, "Đảng bộ xã Mới Lập", "Đảng bộ cơ sở", tree.province(), null, "01/07/2025")));

        api.upload(department, "/api/v1/imports/organizations", "cay.xlsx", workbook)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(3));
        api.get(department, "/api/v1/organizations/" + commune + "-TR")
                .andExpect(jsonPath("$.path[0]").value(tree.province())).andExpect(jsonPath("$.path[1]").value(commune));
        api.upload(department, "/api/v1/imports/organizations", "cay.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(0)).andExpect(jsonPath("$.stored.unchanged").value(3));
    }

    @Test
    void aCellUnderACellIsRefusedAndNothingOfTheFileIsAdded() throws Exception {
        String commune = tree.province() + "-LOI";
        byte[] workbook = Sheets.workbook("Tổ chức đảng", List.of(HEADERS,
                row(commune, "Đảng bộ xã Lỗi", "GRASSROOTS_COMMITTEE", tree.province(), null, null),
                row(commune + "-A", "Chi bộ A", "CELL", commune, "RESIDENTIAL", null),
                row(commune + "-B", "Chi bộ B", "CELL", commune + "-A", "RESIDENTIAL", null)));

        api.upload(department, "/api/v1/imports/organizations", "loi.xlsx", workbook)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problemCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("Loại tổ chức"));
        api.get(department, "/api/v1/organizations/" + commune).andExpect(status().isNotFound());
    }

    @Test
    void aCodeOfAnotherOrganizationIsADisagreementToSettleOnItsPage() throws Exception {
        byte[] workbook = Sheets.workbook("Tổ chức đảng", List.of(HEADERS,
                row(tree.cellA1(), "Chi bộ Tên Khác", "CELL", tree.communeA(), "RESIDENTIAL", null)));
        api.upload(department, "/api/v1/imports/organizations", "khac.xlsx", workbook)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("Mã tổ chức"));
    }
}
