package vn.ptdv.shared;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts refused input back on the form it came from, each problem under its field. */
public final class FormErrors {
    private FormErrors() {
    }

    public static void reject(BindingResult binding, InvalidInputException refused) {
        for (FieldProblem problem : refused.problems()) {
            boolean onForm;
            try {
                onForm = binding.getFieldType(problem.field()) != null;
            } catch (NotReadablePropertyException e) {
                onForm = false;
            }
            if (onForm) {
                binding.rejectValue(problem.field(), problem.messageKey(), problem.argsArray(), problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), problem.argsArray(), problem.messageKey());
            }
        }
    }
}
