package jp.shomu.ledger.report.monthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writing cells and setting a sheet up for print: A4, fit to the page width, title rows repeated, a footer with
 * the period and page x / y, no gridlines.
 */
final class Sheets {
    /** Points per line of 10 pt text, with the cell's padding. */
    private static final float LINE_POINTS = 14.5f;

    private Sheets() {}

    static void printSetup(Sheet sheet, boolean landscape, String period, String title, int repeatFrom, int repeatTo) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        if (repeatFrom >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
        }
        sheet.getHeader().setRight("総務事務センター");
        sheet.getFooter().setLeft(period);
        sheet.getFooter().setCenter("&P / &N");
        sheet.getFooter().setRight(title);
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    static Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, double value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell date(Sheet sheet, int r, int c, LocalDate value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * A ratio as a cell value already rounded down to 0.1 %, so the cell shows exactly what {@code SlaResult} says and
     * 99.96 % never prints as 100.0 %; "—" when there is nothing to divide by.
     */
    static Cell ratio(Sheet sheet, int r, int c, long numerator, long denominator, CellStyle percent, CellStyle dash) {
        if (denominator == 0) {
            return text(sheet, r, c, "—", dash);
        }
        BigDecimal v = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 3, RoundingMode.DOWN);
        return number(sheet, r, c, v.doubleValue(), percent);
    }

    /** Merges cells of one row and styles every cell of the merged area, so borders print all round. */
    static void merge(Sheet sheet, int r, int c1, int c2, CellStyle style) {
        for (int c = c1; c <= c2; c++) {
            Cell cell = row(sheet, r).getCell(c);
            (cell == null ? row(sheet, r).createCell(c) : cell).setCellStyle(style);
        }
        if (c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }
    }

    /** A note across columns {@code c1}..{@code c2}, wrapped, its row as tall as the text needs. */
    static void note(Sheet sheet, int r, int c1, int c2, String text, CellStyle style) {
        text(sheet, r, c1, text, style);
        merge(sheet, r, c1, c2, style);
        int width = 0;
        for (int c = c1; c <= c2; c++) {
            width += (sheet.getColumnWidth(c) - 200) / 256;
        }
        fitHeight(sheet, r, text, Math.max(1, width - 2));
    }

    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256 + 200);
        }
    }

    /**
     * Sets a row tall enough for {@code text} wrapped in a column {@code widthChars} wide (a full-width character counts
     * two), since neither Excel nor every viewer grows rows for wrapped text by itself.
     */
    static void fitHeight(Sheet sheet, int r, String text, int widthChars) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(displayWidth(part) / (double) Math.max(1, widthChars)));
        }
        Row row = row(sheet, r);
        float needed = Math.max(1, lines) * LINE_POINTS + 3;
        if (needed > row.getHeightInPoints()) {
            row.setHeightInPoints(needed);
        }
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2000 || (s.charAt(i) >= 0xFF61 && s.charAt(i) <= 0xFF9F) ? 1 : 2;
        }
        return w;
    }
}
