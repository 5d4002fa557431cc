package vn.ptdv.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.VietnameseDates;

/**
 * How pages show dates and numbers, as {@code ${@fmt.date(d)}} in templates: 03/02/1930,
 * 1.234, 66,67.
 */
@Component("fmt")
public class Formats {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    public String date(LocalDate date) {
        return VietnameseDates.format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(VIETNAM_ZONE));
    }

    /** Who recorded something: the username, or "Hệ thống" for what the installation did itself. */
    public String actor(String username) {
        return SystemActor.displayName(username);
    }

    /** 1234 → "1.234". */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
    }

    /** 66.666… → "66,67": two decimals, half up. */
    public String decimal(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal big ? big : new BigDecimal(value.toString()));
    }
}
