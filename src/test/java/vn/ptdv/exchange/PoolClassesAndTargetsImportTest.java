package vn.ptdv.exchange;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ptdv.support.Sheets.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/** The pool, class lists and targets come in from workbooks, checked by the rules of their pages, once. */
@IntegrationTest
class PoolClassesAndTargetsImportTest {
    static final List<Object> PERSON = row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String ward;
    LocalDate today;
    static int sequence = (int) (System.nanoTime() % 300_000) + 500_000;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        today = MutableClock.today();
    }

    /** A CCCD no other test uses: a woman born in the 2000s (4th digit 3) in 2001. */
    static synchronized String nationalId() {
        sequence++;
        return String.format("0013%02d%06d", 1, sequence % 1_000_000);
    }

    static List<Object> with(List<Object> first, Object... more) {
        List<Object> row = new ArrayList<>(first);
        row.addAll(java.util.Arrays.asList(more));
        return row;
    }

    List<Object> person(String name, String id) {
        return row(name, LocalDate.of(2001, 4, 20), "Nữ", id, "Kinh");
    }

    @Test
    void thePoolOfACellComesInOnceWithItsChannelsAndCategories() throws Exception {
        List<Object> headers = with(PERSON, "Mã tổ chức có nguồn", "Ngày đưa vào nguồn", "Nguồn giới thiệu",
                "Diện ưu tiên");
        byte[] workbook = Sheets.workbook("Nguồn kết nạp", List.of(headers,
                with(person("Mai Thị Nguồn", nationalId()), tree.cellA1(), today.minusMonths(3),
                        "Đoàn Thanh niên giới thiệu", "Đoàn viên; trí thức trẻ"),
                with(person("Hà Thị Sản", nationalId()), tree.cellA2(), today.minusMonths(2), "CELL",
                        "GOOD_PRODUCER")));

        api.upload(ward, "/api/v1/imports/prospects", "nguon.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(2));
        api.upload(ward, "/api/v1/imports/prospects", "nguon.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.unchanged").value(2));
        api.get(ward, "/api/v1/reports/pool?organization=" + tree.communeA())
                .andExpect(jsonPath("$.poolSize").value(2));
    }

    @Test
    void aListingInTheFutureRefusesTheWholeFile() throws Exception {
        List<Object> headers = with(PERSON, "Mã tổ chức có nguồn", "Ngày đưa vào nguồn", "Nguồn giới thiệu");
        byte[] workbook = Sheets.workbook("Nguồn kết nạp", List.of(headers,
                with(person("Đúng Hạn", nationalId()), tree.cellA1(), today.minusDays(1), "CELL"),
                with(person("Ngày Mai", nationalId()), tree.cellA1(), today.plusDays(1), "CELL")));
        api.upload(ward, "/api/v1/imports/prospects", "sau.xlsx", workbook)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày đưa vào nguồn"));
        api.get(ward, "/api/v1/reports/pool?organization=" + tree.communeA())
                .andExpect(jsonPath("$.poolSize").value(0));
    }

    @Test
    void aClassListOpensItsClassAndEnrollsItsParticipantsWithTheirCertificatesOnce() throws Exception {
        List<Object> headers = with(row("Mã đơn vị tổ chức lớp", "Tên lớp", "Ngày khai giảng", "Ngày bế giảng"),
                with(PERSON, "Hoàn thành", "Số giấy chứng nhận", "Ngày cấp giấy chứng nhận").toArray());
        LocalDate start = today.minusMonths(2);
        String name = "Lớp nhận thức " + tree.prefix();
        byte[] workbook = Sheets.workbook("Học viên", List.of(headers,
                with(row(tree.communeA(), name, start, start.plusDays(4)), with(person("Lý Thị Học", nationalId()),
                        "Có", "GCN-" + tree.prefix() + "-1", start.plusDays(7)).toArray()),
                with(row(tree.communeA(), name, start, start.plusDays(4)), with(person("Vi Thị Chưa", nationalId()),
                        "Không", null, null).toArray())));

        api.upload(ward, "/api/v1/imports/participants", "lop.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(2));
        api.upload(ward, "/api/v1/imports/participants", "lop.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.unchanged").value(2));
        api.get(ward, "/api/v1/reports/training?organization={o}&from={f}&to={t}", tree.communeA(),
                start.minusDays(1).toString(), today.toString())
                .andExpect(jsonPath("$.classes").value(1)).andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.certificates").value(1));
    }

    @Test
    void targetsAreSetAndSetAgainOnlyWhenTheyChange() throws Exception {
        String department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        String term = "NK" + tree.prefix();
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Nhiệm kỳ %s", "startDate": "%s", "endDate": "%s"}
                """.formatted(term, term, today.minusYears(1), today.plusYears(4))).andExpect(status().isCreated());
        List<Object> headers = row("Mã tổ chức", "Mã nhiệm kỳ", "Năm", "Số kết nạp");
        byte[] first = Sheets.workbook("Chỉ tiêu", List.of(headers, row(tree.communeA(), term, null, 10),
                row(tree.communeA(), term, today.getYear(), 2)));
        api.upload(department, "/api/v1/imports/targets", "ct.xlsx", first).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(2));
        byte[] second = Sheets.workbook("Chỉ tiêu", List.of(headers, row(tree.communeA(), term, null, 10),
                row(tree.communeA(), term, today.getYear(), 3)));
        api.upload(department, "/api/v1/imports/targets", "ct.xlsx", second).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.unchanged").value(1)).andExpect(jsonPath("$.stored.updated").value(1));
    }
}
