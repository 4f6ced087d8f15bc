package jp.shomu.ledger.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.FieldDef;

/** How the workbench writes dates (和暦, with the western date where both help), yen and times. */
public final class DisplayFormat {

    private DisplayFormat() {}

    /** 令和9年4月1日; empty for null. */
    public static String date(LocalDate d) {
        return d == null ? "" : Wareki.format(d);
    }

    /** R9.4.1, for table columns; empty for null. */
    public static String dateShort(LocalDate d) {
        return d == null ? "" : Wareki.formatShort(d);
    }

    /** 令和9年4月1日(2027-04-01): what a date editor confirms back to the person typing. */
    public static String dateBoth(LocalDate d) {
        return Wareki.format(d) + "(" + d + ")";
    }

    public static String yen(long amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }

    public static String grouped(long n) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(n);
    }

    /** R9.4.12 10:32 in Tokyo time. */
    public static String dateTime(Instant at) {
        ZonedDateTime t = at.atZone(JapanTime.ZONE);
        return Wareki.formatShort(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }

    /** A field's canonical value as a person reads it: 和暦 dates, yen with separators, はい/いいえ. */
    public static String fieldValue(FieldDef field, String canonical) {
        if (canonical == null || canonical.isEmpty()) {
            return "";
        }
        try {
            return switch (field.type()) {
                case DATE -> date(LocalDate.parse(canonical));
                case MONTH -> Wareki.formatYearMonth(java.time.YearMonth.parse(canonical));
                case YEN -> yen(Long.parseLong(canonical));
                case COUNT -> grouped(Long.parseLong(canonical));
                case FLAG -> Boolean.parseBoolean(canonical) ? Messages.get("value.yes") : Messages.get("value.no");
                default -> canonical;
            };
        } catch (RuntimeException e) {
            return canonical;
        }
    }
}
