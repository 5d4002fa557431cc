package vn.ptdv.shared.web;

import java.util.List;

/**
 * A request refused at the edge, before any form or command sees it: each refused field as the
 * request names it ({@code person.fullName}, {@code rows[2].code}) with the key and arguments of
 * its reason. Answered 400 with the fields named, in Vietnamese; nothing is stored.
 */
class FlawedInput extends RuntimeException {
    record Field(String name, String messageKey, List<Object> args) {
        Object[] argsArray() {
            return args.toArray();
        }
    }

    private final List<Field> fields;

    FlawedInput(List<Field> fields) {
        super(fields.toString(), null, false, false);
        this.fields = List.copyOf(fields);
    }

    List<Field> fields() {
        return fields;
    }
}
