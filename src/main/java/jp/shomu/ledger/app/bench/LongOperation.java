package jp.shomu.ledger.app.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.JapanTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A long operation an administrator runs while the operators keep working, as its real command line. */
enum LongOperation {
    BACKUP("バックアップ"),
    REPORT("月次報告"),
    EXPORT("全件出力");

    final String label;

    LongOperation(String label) {
        this.label = label;
    }

    /** The folder under {@code dir} the backups go to. */
    static Path backupDir(Path dir) {
        return dir.resolve("backup");
    }

    /** The command line of this operation on {@code ledger}, writing its files under {@code dir}. */
    List<String> cliArgs(Path ledger, Path dir) {
        String file = ledger.toString();
        return switch (this) {
            case BACKUP ->
                List.of("backup", "--ledger", file, "--to", backupDir(dir).toString());
            case REPORT ->
                List.of(
                        "report",
                        "monthly",
                        "--ledger",
                        file,
                        "--month",
                        YearMonth.now(JapanTime.ZONE).toString(),
                        "--out",
                        dir.resolve("report.xlsx").toString());
            case EXPORT ->
                List.of(
                        "export",
                        "--ledger",
                        file,
                        "--out",
                        dir.resolve("export.xlsx").toString());
        };
    }

    /** The name on the command line: backup, report or export. */
    String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads --during's values: backup, report, export. */
    static final class Converter implements ITypeConverter<LongOperation> {
        @Override
        public LongOperation convert(String value) {
            for (LongOperation op : values()) {
                if (op.optionName().equalsIgnoreCase(value.strip())) {
                    return op;
                }
            }
            throw new TypeConversionException("backup、report、export のいずれかです: " + value);
        }
    }
}
