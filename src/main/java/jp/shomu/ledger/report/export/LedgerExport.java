package jp.shomu.ledger.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.SensitiveOutput;
import jp.shomu.ledger.service.reports.ExportService;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The whole ledger out to Excel (one sheet per table, after 説明・データ辞書・項目定義・コード一覧) or to CSV (one file
 * per table), read a page at a time and written as a stream, in a small, fixed amount of memory. The disclosure
 * (who took which cases out, with which sensitive fields shown) is recorded before the file appears: no record, no
 * file.
 */
public final class LedgerExport {
    /** Rows kept in memory per sheet while writing. */
    private static final int WINDOW = 200;

    /** What was exported. */
    /**
     * @param notWritten for a CP932 CSV, each value with a character CP932 cannot hold (file, row, column), written
     *                   with 〓 in its place; empty otherwise
     */
    public record Summary(
            Path target,
            Map<String, Long> rowsByTable,
            boolean sensitiveMasked,
            Duration took,
            java.util.List<String> notWritten) {
        public long rows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LedgerExport() {}

    /** Writes every table to one .xlsx file; the file appears only when complete. */
    public static Summary toXlsx(LedgerContext ctx, StaffMember viewer, Path out, ProgressSink progress) {
        return toXlsx(ctx, viewer, out, progress, true);
    }

    /**
     * @param recordDisclosure false only when the disclosure was recorded in advance in the live ledger and
     *     {@code ctx} is a copy of it (the handover bundle)
     */
    public static Summary toXlsx(
            LedgerContext ctx, StaffMember viewer, Path out, ProgressSink progress, boolean recordDisclosure) {
        long start = System.nanoTime();
        ExportService exports = new ExportService(ctx);
        exports.requireExport(viewer);
        Map<String, Long> rows = new LinkedHashMap<>();
        SensitiveOutput output = SensitiveOutput.start(ctx, viewer, "台帳出力(Excel)", "全件 " + out.getFileName());
        if (!recordDisclosure) {
            output.recordedInAdvance();
        }
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
            try {
                XlsxSink sink = new XlsxSink(wb);
                rows.putAll(writeAll(
                        ctx,
                        viewer,
                        output,
                        exports,
                        sink,
                        progress,
                        out.getFileName().toString()));
                progress.progress(1, 1, "Excel ファイルを仕上げ中");
                wb.write(os);
            } finally {
                wb.close();
            }
            output.close();
        });
        return new Summary(
                out,
                rows,
                !Permissions.allows(viewer, Action.VIEW_SENSITIVE),
                Duration.ofNanos(System.nanoTime() - start),
                java.util.List.of());
    }

    /** Writes every table to its own CSV file in {@code dir} (created if missing); the files appear only when all are complete. */
    public static Summary toCsv(
            LedgerContext ctx, StaffMember viewer, Path dir, Charset charset, ProgressSink progress) {
        long start = System.nanoTime();
        ExportService exports = new ExportService(ctx);
        exports.requireExport(viewer);
        Path target = dir.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Map<String, Long> rows;
        java.util.List<String> notWritten;
        SensitiveOutput output =
                SensitiveOutput.start(ctx, viewer, "台帳出力(CSV " + charset.name() + ")", "全件 " + target.getFileName());
        try {
            Files.createDirectories(target);
            Files.createDirectories(temp);
            CsvSink sink = new CsvSink(temp, charset);
            rows = writeAll(
                    ctx,
                    viewer,
                    output,
                    exports,
                    sink,
                    progress,
                    target.getFileName().toString());
            output.close();
            notWritten = java.util.List.copyOf(sink.notWritten());
            for (Path f : sink.written()) {
                Files.move(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new InvalidInputException("CSV を書き込めません: " + target + "(" + e.getMessage() + ")");
        } finally {
            deleteTree(temp);
        }
        return new Summary(
                target,
                rows,
                !Permissions.allows(viewer, Action.VIEW_SENSITIVE),
                Duration.ofNanos(System.nanoTime() - start),
                notWritten);
    }

    private static Map<String, Long> writeAll(
            LedgerContext ctx,
            StaffMember viewer,
            SensitiveOutput output,
            ExportService exports,
            ExportSink sink,
            ProgressSink progress,
            String targetName)
            throws IOException {
        TableWalker walker = new TableWalker(ctx, output, exports);
        List<ExportTable> tables = walker.tables();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable t : tables) {
            counts.put(t.table(), walker.count(t));
        }
        long total = total(counts);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("内容", "庶務台帳の全データ(表ごとに1シート)");
        facts.put("台帳ファイル", ctx.location().shortName());
        LocalDateTime now = LocalDateTime.now(ctx.ledger().clock().withZone(JapanTime.ZONE));
        facts.put("出力日時", Wareki.format(now.toLocalDate()) + String.format(" %d:%02d", now.getHour(), now.getMinute()));
        facts.put("出力者", viewer.name() + "(" + viewer.role().label() + ")");
        facts.put("機微な項目", Permissions.allows(viewer, Action.VIEW_SENSITIVE) ? "値をそのまま出力(出力の記録あり)" : "＊＊＊ で伏せて出力");
        facts.put("出力先", targetName);
        for (ExportTable t : tables) {
            facts.put("シート「" + t.title() + "」", String.format("%,d 行 — %s", counts.get(t.table()), t.description()));
        }
        facts.put("注意", "「=」「+」「-」「@」で始まる値は数式にならないよう文字列として出力(CSV では先頭に ' を付加)。" + "日時は日本時間(監査ログの日時は記録したままの協定世界時)。");
        Dictionary.about(sink, Dictionary.aboutLines(facts));
        Dictionary.columns(sink, tables);
        List<Integer> versions = exports.catalogVersions();
        Dictionary.fields(sink, ctx, versions);
        Dictionary.codes(sink, ctx.catalog());
        long[] done = {0};
        Map<String, Long> written = new LinkedHashMap<>();
        for (ExportTable t : tables) {
            List<String> headers = new ArrayList<>();
            List<ColumnKind> kinds = new ArrayList<>();
            t.written().forEach(c -> {
                headers.add(c.header());
                kinds.add(c.kind());
            });
            sink.begin(t.table(), t.title(), headers, kinds);
            long[] n = {0};
            walker.walk(
                    t,
                    values -> {
                        try {
                            sink.row(values);
                            n[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    progress,
                    done,
                    total);
            sink.end();
            written.put(t.table(), n[0]);
        }
        return written;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a hidden temporary folder named after this process; harmless if left
        }
    }
}
