package jp.shomu.ledger.report.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.audit.ChainHead;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.audit.AuditEntry;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.store.audit.AuditAnchors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The audit trail and the view log of a period as one Excel workbook for the city's inspection: every change, who
 * opened which case's personal data or output it, and the chain head at the period's end so the paper copy anchors
 * the file. Sensitive values are masked. The output itself is recorded in the view log. Streams rows (a month can
 * be 100,000 rows) with scratch files in the user's profile, and writes the file only when it is complete.
 */
public final class AuditWorkbook {
    /** Excel's row limit, less the title row. */
    public static final long MAX_ROWS = 1_048_575;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** How many rows went to each sheet. */
    public record Result(long trailRows, long viewRows) {}

    private AuditWorkbook() {}

    public static Result write(LedgerContext ctx, StaffMember viewer, LocalDate from, LocalDate to, Path out) {
        AuditFilter filter = AuditFilter.period(from, to);
        String scope = from + "〜" + to;
        Path part = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        // closing the workbook deletes its scratch files, written compressed to the user's profile meanwhile
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            AuditSheets sheets = new AuditSheets(wb);
            String title = "監査ログ " + Wareki.format(from) + "〜" + Wareki.format(to);
            Sheet trail = sheets.create(
                    wb,
                    "監査ログ",
                    title,
                    new String[] {"番号", "日時", "ログイン名", "氏名", "対象", "対象番号", "操作", "内容", "ハッシュ"},
                    new int[] {9, 19, 14, 14, 12, 10, 16, 70, 20});
            Sheet views = sheets.create(
                    wb,
                    "閲覧記録",
                    "個人情報の閲覧・出力の記録 " + Wareki.format(from) + "〜" + Wareki.format(to),
                    new String[] {"番号", "日時", "ログイン名", "氏名", "種別", "案件番号・出力", "内容"},
                    new int[] {9, 19, 14, 14, 8, 18, 70});
            long[] counts = new long[2];
            new AuditTrail(ctx).export(viewer, filter, scope, MAX_ROWS, e -> {
                sheets.add(
                        trail,
                        (int) ++counts[0],
                        e.seq(),
                        time(e),
                        e.actor(),
                        e.actorName(),
                        e.entityLabel(),
                        e.entityId(),
                        e.action(),
                        e.summary(),
                        e.hash());
                if (e.isViewLog()) {
                    sheets.add(
                            views,
                            (int) ++counts[1],
                            e.seq(),
                            time(e),
                            e.actor(),
                            e.actorName(),
                            e.entityLabel(),
                            e.entityId(),
                            e.summary());
                }
            });
            anchorSheet(wb, sheets, ctx, viewer, from, to, counts);
            try (OutputStream os = Files.newOutputStream(part)) {
                wb.write(os);
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(counts[0], counts[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("Excel ファイルを書けません: " + out, e);
        } finally {
            deleteQuietly(part);
        }
    }

    private static void anchorSheet(
            SXSSFWorkbook wb,
            AuditSheets sheets,
            LedgerContext ctx,
            StaffMember viewer,
            LocalDate from,
            LocalDate to,
            long[] counts) {
        ChainHead head = AuditAnchors.headAt(ctx.ledger(), to);
        Sheet s = sheets.create(wb, "検証", "監査ログの検証情報", new String[] {"項目", "内容"}, new int[] {28, 90});
        int r = 0;
        sheets.add(s, ++r, "期間", Wareki.format(from) + "〜" + Wareki.format(to) + "(" + from + "〜" + to + ")");
        sheets.add(s, ++r, "出力者", viewer.name() + "(" + viewer.login() + ")");
        sheets.add(s, ++r, "出力日時", TIME.format(ctx.ledger().clock().instant().atZone(JapanTime.ZONE)));
        sheets.add(s, ++r, "監査ログの行数", counts[0]);
        sheets.add(s, ++r, "閲覧・出力の記録の行数", counts[1]);
        sheets.add(s, ++r, "期間末の監査ログ末尾(行)", head.seq());
        sheets.add(s, ++r, "期間末のアンカー", head.anchor().toString());
        sheets.add(
                s,
                ++r,
                "確かめ方",
                "shomu-ledger verify --ledger 台帳ファイル --anchor " + head.anchor() + "  (この行までの履歴が変わっていなければ「検査OK」)");
    }

    private static String time(AuditEntry e) {
        return TIME.format(e.at().atZone(JapanTime.ZONE));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do here; the next export to the same name overwrites it
        }
    }
}
