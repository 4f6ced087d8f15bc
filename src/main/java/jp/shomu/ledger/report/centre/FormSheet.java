package jp.shomu.ledger.report.centre;

import java.time.LocalDateTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.report.PrintStyles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A printable A4 form: a title, label/value rows and small tables, fitted to the page width, with the centre's name
 * in the header and page x / y in the footer. Used by the incident report, the improvement report and the meeting
 * material.
 */
final class FormSheet {
    /** Columns: a label column and four value columns (widths in characters). */
    private static final int[] WIDTHS = {18, 20, 18, 18, 18};

    private static final int VALUE_WIDTH = 20 + 18 + 18 + 18;
    private static final float LINE_POINTS = 14.5f;

    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle section;
    private final CellStyle label;
    private final CellStyle header;
    private final CellStyle value;
    private final CellStyle note;
    private final CellStyle flag;
    private int row;

    FormSheet(XSSFWorkbook wb, String sheetName, String docTitle, String footer) {
        wb.getFontAt(0).setFontName(PrintStyles.FONT);
        sheet = wb.createSheet(sheetName);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        title = plain(wb, PrintStyles.font(wb, 16, true, IndexedColors.BLACK));
        subtitle = plain(wb, PrintStyles.font(wb, 11, false, IndexedColors.BLACK));
        section = plain(wb, PrintStyles.font(wb, 11, true, IndexedColors.BLACK));
        note = plain(wb, PrintStyles.font(wb, 9, false, IndexedColors.GREY_80_PERCENT));
        note.setWrapText(true);
        label = boxed(wb, PrintStyles.font(wb, 10, true, IndexedColors.BLACK), IndexedColors.GREY_25_PERCENT);
        label.setWrapText(true);
        header = boxed(wb, PrintStyles.font(wb, 10, true, IndexedColors.BLACK), IndexedColors.GREY_25_PERCENT);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        value = boxed(wb, null, null);
        value.setWrapText(true);
        flag = boxed(wb, PrintStyles.font(wb, 10, true, IndexedColors.DARK_RED), IndexedColors.ROSE);
        flag.setWrapText(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.setMargin(Sheet.LeftMargin, 0.6);
        sheet.setMargin(Sheet.RightMargin, 0.6);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.getHeader().setRight("総務事務センター");
        sheet.getFooter().setLeft(footer);
        sheet.getFooter().setCenter("&P / &N");
        sheet.getFooter().setRight(docTitle);
        text(row, 0, docTitle, title);
        merge(row, 0, 4, title);
        row(row).setHeightInPoints(28);
        row++;
    }

    /** A line under the title (the number, the date of the report). */
    FormSheet subtitle(String text) {
        text(row, 0, text, subtitle);
        merge(row, 0, 4, subtitle);
        row(row).setHeightInPoints(20);
        row++;
        return this;
    }

    FormSheet gap() {
        row++;
        return this;
    }

    FormSheet section(String text) {
        row++;
        text(row, 0, text, section);
        row(row).setHeightInPoints(20);
        row++;
        return this;
    }

    /** A label and its value across the value columns, as tall as the value needs. */
    FormSheet field(String name, String text) {
        return field(name, text, false);
    }

    /** A field printed in red on pink when {@code flagged} (and saying so in words, for black-and-white prints). */
    FormSheet field(String name, String text, boolean flagged) {
        String v = text == null || text.isBlank() ? "—" : text;
        text(row, 0, name, label);
        text(row, 1, v, flagged ? flag : value);
        merge(row, 1, 4, flagged ? flag : value);
        fitHeight(row, v, VALUE_WIDTH - 2);
        fitHeight(row, name, WIDTHS[0] - 1);
        row++;
        return this;
    }

    /** A table of up to five columns; {@code spans} says how many sheet columns each of its columns covers. */
    FormSheet table(String[] headings, int[] spans, java.util.List<String[]> rows, String whenEmpty) {
        tableRow(headings, spans, header);
        if (rows.isEmpty()) {
            text(row, 0, whenEmpty, value);
            merge(row, 0, 4, value);
            row++;
        }
        for (String[] r : rows) {
            tableRow(r, spans, value);
        }
        return this;
    }

    FormSheet note(String text) {
        text(row, 0, text, note);
        merge(row, 0, 4, note);
        fitHeight(row, text, VALUE_WIDTH + WIDTHS[0] - 4);
        row++;
        return this;
    }

    private void tableRow(String[] cells, int[] spans, CellStyle style) {
        int c = 0;
        for (int i = 0; i < cells.length; i++) {
            String v = cells[i] == null ? "" : cells[i];
            text(row, c, v, style);
            merge(row, c, c + spans[i] - 1, style);
            int width = 0;
            for (int k = c; k < c + spans[i]; k++) {
                width += WIDTHS[k];
            }
            fitHeight(row, v, width - 2);
            c += spans[i];
        }
        row++;
    }

    private Row row(int r) {
        Row x = sheet.getRow(r);
        return x == null ? sheet.createRow(r) : x;
    }

    private void text(int r, int c, String v, CellStyle style) {
        Cell cell = row(r).createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
    }

    private void merge(int r, int c1, int c2, CellStyle style) {
        for (int c = c1; c <= c2; c++) {
            Cell cell = row(r).getCell(c);
            (cell == null ? row(r).createCell(c) : cell).setCellStyle(style);
        }
        if (c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
        }
    }

    private void fitHeight(int r, String text, int widthChars) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(displayWidth(part) / (double) Math.max(1, widthChars)));
        }
        float needed = Math.max(1, lines) * LINE_POINTS + 4;
        if (needed > row(r).getHeightInPoints()) {
            row(r).setHeightInPoints(needed);
        }
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2000 || (s.charAt(i) >= 0xFF61 && s.charAt(i) <= 0xFF9F) ? 1 : 2;
        }
        return w;
    }

    private static CellStyle plain(XSSFWorkbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(XSSFWorkbook wb, Font font, IndexedColors fill) {
        return PrintStyles.boxed(wb, font, fill, VerticalAlignment.TOP);
    }

    /** 令和9年4月12日 9:05 */
    static String dateTime(LocalDateTime t) {
        return t == null ? "" : Wareki.format(t.toLocalDate()) + String.format(" %d:%02d", t.getHour(), t.getMinute());
    }
}
