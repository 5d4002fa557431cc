package vn.ptdv.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Puts refused input back on the form it came from, each problem under its field. A nested field
 * of the API (person.fullName) lands on the form's flat field of the same name when there is one.
 */
public final class FormErrors {
    private FormErrors() {
    }

    public static void reject(BindingResult binding, InvalidInputException refused) {
        for (FieldProblem problem : refused.problems()) {
            String field = fieldOnForm(binding, problem.field());
            if (field != null) {
                binding.rejectValue(field, problem.messageKey(), problem.argsArray(), problem.messageKey());
            } else {
                // Not a field of this form: say which field in the summary at the top.
                Object reason = new DefaultMessageSourceResolvable(new String[] {problem.messageKey()},
                        problem.argsArray(), problem.messageKey());
                binding.reject("form.fieldError", new Object[] {Problems.term(problem.labelKey()), reason},
                        problem.messageKey());
            }
        }
    }

    private static String fieldOnForm(BindingResult binding, String field) {
        String flat = field.substring(field.lastIndexOf('.') + 1);
        for (String candidate : new String[] {field, flat}) {
            try {
                if (binding.getFieldType(candidate) != null) {
                    return candidate;
                }
            } catch (RuntimeException notAProperty) {
                // try the next candidate
            }
        }
        return null;
    }
}
