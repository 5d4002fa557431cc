package vn.ptdv.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ptdv.shared.FieldMessagesTest;

class AuditDetailsTest {
    private final AuditDetails details = new AuditDetails(FieldMessagesTest.messages());

    @Test
    void showsStoredDetailsInVietnamese() {
        assertThat(details.render("name=Chi bộ Thôn 1; type=CELL; parent=BM-X-ANPHU"))
                .isEqualTo("Tên: Chi bộ Thôn 1; Loại: Chi bộ trực thuộc; Cấp trên: BM-X-ANPHU");
        assertThat(details.render("type=GRASSROOTS_CELL -> GRASSROOTS_COMMITTEE"))
                .isEqualTo("Loại: Chi bộ cơ sở → Đảng bộ cơ sở");
        assertThat(details.render("role=VIEWER; organization=-; enabled=false"))
                .isEqualTo("Vai trò: Chỉ xem; Tổ chức: (không có); Cho phép đăng nhập: không");
        assertThat(details.render(null)).isEmpty();
    }
}
