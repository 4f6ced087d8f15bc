package jp.shomu.ledger.report.monthly;

import jp.shomu.ledger.report.PrintStyles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles the monthly report uses, created once per workbook: a Japanese font, thin borders, 和式の書式. */
final class ReportStyles {
    /** 令和8年10月15日 → R8.10.15 in Excel and LibreOffice (the 411 locale is Japanese). */
    static final String DATE_FORMAT = "[$-411]ge.m.d";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle center;
    final CellStyle count;
    final CellStyle countCenter;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle totalText;
    final CellStyle totalCenter;
    final CellStyle totalCount;
    final CellStyle totalPercent;
    final CellStyle totalDecimal;
    final CellStyle met;
    final CellStyle notMet;
    final CellStyle noCases;
    final CellStyle note;
    final CellStyle section;

    ReportStyles(XSSFWorkbook wb) {
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(PrintStyles.FONT);
        base.setFontHeightInPoints((short) 10);
        Font bold = PrintStyles.font(wb, 10, true, IndexedColors.BLACK);
        short dateFormat = wb.createDataFormat().getFormat(DATE_FORMAT);
        // "_ " leaves a space's width after the figure, so numbers do not touch the cell's right border in print.
        short countFormat = wb.createDataFormat().getFormat("#,##0_ ");
        short decimalFormat = wb.createDataFormat().getFormat("#,##0.0_ ");
        short percentFormat = wb.createDataFormat().getFormat("0.0%_ ");

        title = plain(wb, PrintStyles.font(wb, 16, true, IndexedColors.BLACK), false);
        subtitle = plain(wb, PrintStyles.font(wb, 12, true, IndexedColors.BLACK), false);
        section = plain(wb, PrintStyles.font(wb, 11, true, IndexedColors.BLACK), false);
        note = plain(wb, PrintStyles.font(wb, 9, false, IndexedColors.GREY_80_PERCENT), false);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        label = boxed(wb, bold, IndexedColors.GREY_25_PERCENT);
        header = boxed(wb, bold, IndexedColors.GREY_25_PERCENT);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = boxed(wb, null, null);
        wrap = boxed(wb, null, null);
        wrap.setWrapText(true);
        center = boxed(wb, null, null);
        center.setAlignment(HorizontalAlignment.CENTER);
        count = boxed(wb, null, null);
        count.setDataFormat(countFormat);
        countCenter = boxed(wb, null, null);
        countCenter.setDataFormat(countFormat);
        countCenter.setAlignment(HorizontalAlignment.CENTER);
        decimal = boxed(wb, null, null);
        decimal.setDataFormat(decimalFormat);
        percent = boxed(wb, null, null);
        percent.setDataFormat(percentFormat);
        date = boxed(wb, null, null);
        date.setDataFormat(dateFormat);
        date.setAlignment(HorizontalAlignment.CENTER);
        totalText = boxed(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalCenter = boxed(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalCenter.setAlignment(HorizontalAlignment.CENTER);
        totalCount = boxed(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalCount.setDataFormat(countFormat);
        totalPercent = boxed(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalPercent.setDataFormat(percentFormat);
        totalDecimal = boxed(wb, bold, IndexedColors.LIGHT_CORNFLOWER_BLUE);
        totalDecimal.setDataFormat(decimalFormat);
        met = verdict(wb, IndexedColors.LIGHT_GREEN, IndexedColors.GREEN);
        notMet = verdict(wb, IndexedColors.ROSE, IndexedColors.DARK_RED);
        noCases = verdict(wb, IndexedColors.GREY_25_PERCENT, IndexedColors.GREY_80_PERCENT);
    }

    private static CellStyle plain(XSSFWorkbook wb, Font font, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(XSSFWorkbook wb, Font font, IndexedColors fill) {
        return PrintStyles.boxed(wb, font, fill, VerticalAlignment.CENTER);
    }

    /** 達成 in green, 未達 in red: coloured and in words, so a black-and-white print still says it. */
    private static CellStyle verdict(XSSFWorkbook wb, IndexedColors fill, IndexedColors ink) {
        CellStyle s = boxed(wb, PrintStyles.font(wb, 10, true, ink), fill);
        s.setAlignment(HorizontalAlignment.CENTER);
        return s;
    }
}
