package jp.shomu.ledger.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The fonts and boxed cells every printed workbook (monthly report, centre documents) builds its styles from. */
public final class PrintStyles {
    /** The font of every printed page: on every city PC, and the CJK fallback elsewhere. */
    public static final String FONT = "游ゴシック";

    private PrintStyles() {}

    public static Font font(XSSFWorkbook wb, int points, boolean bold, IndexedColors color) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setColor(color.getIndex());
        return f;
    }

    /** A cell with thin borders all round, the given font (or the default) and fill (or none). */
    public static CellStyle boxed(XSSFWorkbook wb, Font font, IndexedColors fill, VerticalAlignment vertical) {
        CellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(vertical);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
