package vn.ptdv.exchange.internal;

import java.util.Arrays;
import java.util.List;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;

/**
 * A file refused as a whole (not a spreadsheet, macros, too large, a sheet or column missing…):
 * nothing of it is stored. It is malformed input of the field {@code file} (answered 400).
 */
class FileRefused extends InvalidInputException {
    private final String messageKey;
    private final Object[] args;

    FileRefused(String messageKey, Object... args) {
        super(List.of(new FieldProblem("file", "import.field.file", messageKey, Arrays.asList(args), true)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
