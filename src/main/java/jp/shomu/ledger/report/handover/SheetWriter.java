package jp.shomu.ledger.report.handover;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;

/**
 * Writes rows top to bottom on one sheet. Row heights are set from the text, since neither Excel nor LibreOffice
 * grows a row for wrapped text in merged cells: a printed page must never cut a sentence off.
 */
final class SheetWriter {
    private static final float LINE_POINTS = 14f;

    private final Sheet sheet;
    private final int[] widths;
    private int next;

    /** @param widths column widths in half-width characters; a Japanese character counts as two */
    SheetWriter(Sheet sheet, int... widths) {
        this.sheet = sheet;
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256 + 200);
        }
    }

    int rowIndex() {
        return next;
    }

    void skip() {
        next++;
    }

    /** One row; each value goes into the next column, with its own style. Null values leave an empty cell. */
    Row row(CellStyle[] styles, Object... values) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles[Math.min(i, styles.length - 1)]);
            Object v = values[i];
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
                lines = Math.max(lines, linesFor(v.toString(), widths[i]));
            }
        }
        row.setHeightInPoints(lines * LINE_POINTS + 3);
        return row;
    }

    /**
     * One row like {@link #row}, with the cells {@code from}..{@code to} merged into one for a long value (a formula);
     * the row's height counts the merged width.
     */
    Row spanned(CellStyle[] styles, int from, int to, Object... values) {
        Row row = row(styles, values);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !(values[i] instanceof Number) && (i < from || i > to)) {
                lines = Math.max(lines, linesFor(values[i].toString(), widths[i]));
            }
        }
        int merged = 0;
        for (int i = from; i <= to; i++) {
            merged += widths[i];
        }
        if (values[from] != null) {
            lines = Math.max(lines, linesFor(values[from].toString(), merged));
        }
        row.setHeightInPoints(lines * LINE_POINTS + 3);
        merge(row.getRowNum(), from, to);
        return row;
    }

    /** A label in the first columns and a long value across the rest, merged and bordered. */
    void labelled(CellStyle labelStyle, CellStyle valueStyle, String label, String value, int labelColumns) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < widths.length; i++) {
            row.createCell(i).setCellStyle(i < labelColumns ? labelStyle : valueStyle);
        }
        row.getCell(0).setCellValue(label);
        row.getCell(labelColumns).setCellValue(value);
        int valueWidth = 0;
        for (int i = labelColumns; i < widths.length; i++) {
            valueWidth += widths[i];
        }
        row.setHeightInPoints(linesFor(value, valueWidth) * LINE_POINTS + 3);
        merge(row.getRowNum(), 0, labelColumns - 1);
        merge(row.getRowNum(), labelColumns, widths.length - 1);
    }

    /** A line of text across the whole width (a title or a section heading). */
    void heading(CellStyle style, String text, float points) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(style);
        row.setHeightInPoints(points);
    }

    private void merge(int row, int from, int to) {
        if (to > from) {
            CellRangeAddress range = new CellRangeAddress(row, row, from, to);
            sheet.addMergedRegion(range);
            RegionUtil.setBorderTop(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, range, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
        }
    }

    /** Lines the text needs in a column this wide, counting full-width characters as two. */
    static int linesFor(String text, int widthChars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                width += paragraph.charAt(i) < 0x2000 ? 1 : 2;
            }
            lines += Math.max(1, (int) Math.ceil(width / (double) Math.max(1, widthChars - 1)));
        }
        return lines;
    }
}
