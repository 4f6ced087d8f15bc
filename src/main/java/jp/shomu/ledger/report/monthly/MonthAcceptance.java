package jp.shomu.ledger.report.monthly;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import jp.shomu.ledger.domain.audit.ChainAnchor;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.reports.MonthAcceptanceService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Records the city's acceptance of a month with the very file it accepted: the file must be that month's report,
 * and its cover's anchor this ledger's chain head at month end.
 */
public final class MonthAcceptance {
    private MonthAcceptance() {}

    public static long accept(LedgerContext ctx, StaffMember actor, YearMonth month, Path issued, String note) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(issued);
        } catch (IOException e) {
            throw new InvalidInputException("報告書のファイルを読めません: " + issued);
        }
        ChainAnchor anchor = coverAnchor(bytes, month);
        return new MonthAcceptanceService(ctx).accept(actor, month, bytes, anchor, note);
    }

    /** The anchor printed on the cover of a monthly report of {@code month}. */
    static ChainAnchor coverAnchor(byte[] workbook, YearMonth month) {
        XSSFWorkbook opened;
        try {
            opened = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("月次報告書(.xlsx)として読めないファイルです");
        }
        try (XSSFWorkbook wb = opened) {
            Sheet cover = wb.getSheet(CoverSheet.NAME);
            String period = Wareki.formatMonth(month);
            if (cover == null
                    || cover.getRow(1) == null
                    || !period.equals(text(cover.getRow(1).getCell(0)))) {
                throw new InvalidInputException("このファイルは" + period + "の月次業務実績報告書ではありません");
            }
            for (Row row : cover) {
                if ("監査ログのアンカー".equals(text(row.getCell(1)))) {
                    String first = text(row.getCell(2)).split("\n", 2)[0];
                    int paren = first.indexOf('(');
                    return ChainAnchor.parse(paren < 0 ? first : first.substring(0, paren));
                }
            }
            throw new InvalidInputException("報告書の表紙に監査ログのアンカーがありません");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell c) {
        return c == null || c.getCellType() != CellType.STRING
                ? ""
                : c.getStringCellValue().strip();
    }
}
