package jp.shomu.ledger.report.imports;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.report.OutputFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV in the template's layout filled with fictional rows, written the many ways people type (和暦, full-width
 * digits, yen with commas) — to try the import, and to measure it at 100,000 rows. Deterministic for a given seed.
 */
public final class ExampleRows {
    private static final String[] DEPARTMENTS = {"見本区役所 市民課", "架空局 総務課", "試用部 企画課", "例示保健センター"};
    private static final String[] CHANNELS = {"庶務事務システム", "LoGoフォーム", "紙・庁内便", "メール", "電話"};

    private ExampleRows() {}

    /**
     * @param badRow a row number (as a spreadsheet counts, header = 1) to spoil with an impossible date, or 0 for none
     */
    public static void write(TaskType type, int rows, int badRow, LocalDate around, Charset charset, Path out) {
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            if (charset.equals(StandardCharsets.UTF_8)) {
                os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Random rnd = new Random(20_261_001L);
            try (CSVPrinter csv =
                    new CSVPrinter(new BufferedWriter(new OutputStreamWriter(os, charset), 1 << 16), CSVFormat.EXCEL)) {
                csv.printRecord(ImportTemplate.headers(type));
                for (int i = 1; i <= rows; i++) {
                    csv.printRecord(row(type, i, i + 1 == badRow, around.minusDays(rnd.nextInt(20)), rnd));
                }
            }
        });
    }

    private static List<String> row(TaskType type, int n, boolean bad, LocalDate received, Random rnd) {
        List<String> v = new ArrayList<>();
        v.add(n % 3 == 0 ? type.name() : type.code());
        v.add(type.name().replace("事務", "") + " 取込み見本" + n);
        for (FieldDef f : CommonFields.ALL) {
            v.add(
                    switch (f.key()) {
                        case CommonFields.RECEIVED_ON -> bad ? "令和8年2月30日" : date(received, n);
                        case CommonFields.CHANNEL -> CHANNELS[n % CHANNELS.length];
                        case CommonFields.REQUESTER_DEPT -> DEPARTMENTS[n % DEPARTMENTS.length];
                        case CommonFields.REQUESTER -> fullWidth("99" + String.format("%06d", n % 1_000_000));
                        default -> "";
                    });
        }
        for (FieldDef f : type.fields()) {
            v.add(f.calculated() ? "" : value(f, received, n, rnd));
        }
        return v;
    }

    private static String value(FieldDef f, LocalDate received, int n, Random rnd) {
        return switch (f.type()) {
            case TEXT -> f.sensitive() ? "" : f.label() + "(見本)";
            case DATE -> date(received.plusDays(rnd.nextInt(20)), n + 1);
            case MONTH -> month(java.time.YearMonth.from(received.plusMonths(1)), n + 1);
            case YEN ->
                n % 2 == 0
                        ? String.format("¥%,d", (1 + rnd.nextInt(300)) * 100)
                        : fullWidth(String.format("%,d", (1 + rnd.nextInt(300)) * 100)) + "円";
            case COUNT -> Integer.toString(1 + rnd.nextInt(20));
            case CHOICE -> f.choices().get(rnd.nextInt(f.choices().size()));
            case EMPLOYEE_NO -> "99" + String.format("%06d", rnd.nextInt(1_000_000));
            case STAFF -> "";
            case FLAG -> rnd.nextBoolean() ? "はい" : "いいえ";
        };
    }

    /** The same month written three ways in turn: 和暦, R-form, ISO. */
    private static String month(java.time.YearMonth m, int n) {
        return switch (n % 3) {
            case 0 -> Wareki.formatYearMonth(m);
            case 1 -> Wareki.formatShort(m.atDay(1)).replaceAll("\\.1$", "");
            default -> m.toString();
        };
    }

    /** The same day written four ways in turn: 和暦, R-form, slashes, ISO. */
    private static String date(LocalDate d, int n) {
        return switch (n % 4) {
            case 0 -> Wareki.format(d);
            case 1 -> Wareki.formatShort(d);
            case 2 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            default -> d.toString();
        };
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == ',' ? '，' : c);
        }
        return b.toString();
    }
}
