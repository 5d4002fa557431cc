package vn.ptdv.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.shared.Messages;

/**
 * Shows the details of an entry in Vietnamese. Details are stored as {@code key=value} pairs
 * separated by "; " (a change as {@code old -> new}); keys and coded values are translated here.
 */
@Component("auditDetails")
class AuditDetails {
    private final Messages messages;

    AuditDetails(Messages messages) {
        this.messages = messages;
    }

    public String render(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String pair : details.split("; ")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                parts.add(pair);
                continue;
            }
            String key = pair.substring(0, equals);
            List<String> values = new ArrayList<>();
            for (String value : pair.substring(equals + 1).split(" -> ")) {
                values.add(value(key, value));
            }
            parts.add(messages.text("audit.detail." + key) + ": " + String.join(" → ", values));
        }
        return String.join("; ", parts);
    }

    private String value(String key, String value) {
        String prefix = switch (key) {
            case "type" -> "orgType.";
            case "role" -> "role.";
            case "cellKind" -> "cellKind.";
            case "enabled", "completed", "delegatedAdmission" -> "audit.value.";
            case "step" -> "step.";
            case "state" -> "dossierState.";
            case "channel" -> "channel.";
            case "status" -> "prospectStatus.";
            case "restructuring" -> "restructuring.type.";
            case "movement" -> "movement.";
            default -> null;
        };
        if (value.equals("-") || value.equals("null")) {
            return messages.text("audit.value.none");
        }
        return prefix == null ? value : messages.text(prefix + value);
    }
}
