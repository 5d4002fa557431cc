package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

public class FieldMessagesTest {

    public static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Formats.VIETNAMESE);
        return new Messages(source);
    }

    @Test
    void aFieldProblemNamesTheFieldThenTheReason() {
        Messages messages = messages();
        Problems problems = new Problems("org").malformed("name", "validation.required");
        assertThat(messages.withLabel(problems.list().get(0))).isEqualTo("Tên tổ chức: bắt buộc nhập.");
        assertThat(messages.reason(problems.list().get(0))).isEqualTo("Bắt buộc nhập.");
    }

    @Test
    void termsInsideMessagesAreTranslatedToo() {
        Messages messages = messages();
        Problems problems = new Problems("org").refuse("type", "org.parent.typeNotAllowed",
                Problems.term("orgType.CELL"), Problems.term("orgType.CELL"));
        assertThat(messages.reason(problems.list().get(0)))
                .isEqualTo("Dưới \"Chi bộ trực thuộc\" không được đặt tổ chức loại \"Chi bộ trực thuộc\".");
    }

    @Test
    void yearsAreNotGroupedLikeNumbers() {
        assertThat(messages().text("date.day", "31/02/2021", 2, 2021, 28))
                .isEqualTo("Ngày \"31/02/2021\" không có thật: tháng 2 năm 2021 chỉ có 28 ngày.");
    }
}
