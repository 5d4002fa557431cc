package vn.ptdv.shared;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves message keys to the Vietnamese text a user reads. */
@Component
public class Messages {
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String text(String key, Object... args) {
        return source.getMessage(key, args, key, Formats.VIETNAMESE);
    }

    /** The reason alone, as shown under a form field: "Bắt buộc nhập." */
    public String reason(FieldProblem problem) {
        return text(problem.messageKey(), problem.argsArray());
    }

    /** The field and the reason, as an API client reads it: "Tên tổ chức: bắt buộc nhập." */
    public String withLabel(FieldProblem problem) {
        String label = text(problem.labelKey());
        return label + ": " + decapitalize(reason(problem));
    }

    private static String decapitalize(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
