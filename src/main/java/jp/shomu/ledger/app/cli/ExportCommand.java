package jp.shomu.ledger.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.report.export.LedgerExport;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The whole ledger to Excel or CSV, readable without the app (引き継ぎ). */
@Command(name = "export", description = "台帳の全データを出力する(Excel: 表ごとに1シートとデータ辞書 / CSV: 表ごとに1ファイル)")
final class ExportCommand extends CaseCommand.Acting {
    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.xlsx|DIR",
            description = "Excel ファイル(.xlsx)。--format csv のときは出力先フォルダ")
    Path out;

    @Option(names = "--format", defaultValue = "xlsx", paramLabel = "xlsx|csv", description = "出力形式(既定: xlsx)")
    String format;

    @Option(
            names = "--encoding",
            defaultValue = "utf-8",
            paramLabel = "utf-8|cp932",
            description = "CSV の文字コード(既定: utf-8 BOM 付き。cp932 は Shift_JIS 系)")
    String encoding;

    @Override
    Integer run(LedgerContext ctx, StaffMember me) {
        LedgerExport.Summary s;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> {
                if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    throw new InvalidInputException("--out は .xlsx ファイルにしてください(CSV は --format csv): " + out);
                }
                s = LedgerExport.toXlsx(ctx, me, out, new CliProgress(err()));
            }
            case "csv" -> s = LedgerExport.toCsv(ctx, me, out, charset(encoding), new CliProgress(err()));
            default -> throw new InvalidInputException("--format は xlsx か csv です: " + format);
        }
        out().println("台帳を出力しました: " + s.target().toAbsolutePath());
        s.rowsByTable().forEach((table, n) -> out().println(table + "\t" + n));
        out().println(String.format(
                "合計 %,d 行、%.1f 秒%s",
                s.rows(), s.took().toMillis() / 1000.0, s.sensitiveMasked() ? "(機微な項目は＊＊＊で出力)" : ""));
        if (!s.notWritten().isEmpty()) {
            err().println("注意: CP932 で書けない文字を含む値が " + s.notWritten().size()
                    + " 件あり、その文字を〓にしました(UTF-8 で出力すればそのまま書けます):");
            s.notWritten().forEach(line -> err().println("  " + line));
        }
        return ExitCodes.DONE;
    }

    static Charset charset(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "cp932", "windows-31j", "shift-jis", "sjis", "ms932" -> TextFiles.CP932;
            default -> throw new InvalidInputException("文字コードは utf-8 か cp932 です: " + name);
        };
    }
}
