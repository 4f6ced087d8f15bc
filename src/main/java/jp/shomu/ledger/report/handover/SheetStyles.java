package jp.shomu.ledger.report.handover;

import jp.shomu.ledger.report.PrintStyles;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The few cell styles of the catalog workbook, and the print setup every sheet shares (A4, fit to width). */
final class SheetStyles {

    final CellStyle title;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle number;
    final CellStyle label;
    final CellStyle plain;

    SheetStyles(Workbook wb) {
        wb.getFontAt(0).setFontName(PrintStyles.FONT);
        wb.getFontAt(0).setFontHeightInPoints((short) 10);
        title = style(wb, 14, true, false);
        section = style(wb, 11, true, false);
        header = bordered(style(wb, 10, true, true));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(style(wb, 10, false, true));
        center = bordered(style(wb, 10, false, true));
        center.setAlignment(HorizontalAlignment.CENTER);
        number = bordered(style(wb, 10, false, false));
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        plain = style(wb, 10, false, false);
        label = bordered(style(wb, 10, true, true));
        label.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static CellStyle style(Workbook wb, int points, boolean bold, boolean wrap) {
        Font font = wb.createFont();
        font.setFontName(PrintStyles.FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** A4 landscape, one page wide, the given rows repeated on every page, "page / pages" in the footer. */
    static void printSetup(Sheet sheet, int repeatFirstRow, int repeatLastRow, String footerLeft) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setRepeatingRows(new CellRangeAddress(repeatFirstRow, repeatLastRow, -1, -1));
        sheet.getFooter().setLeft(footerLeft);
        sheet.getFooter().setRight("&P / &N");
    }
}
