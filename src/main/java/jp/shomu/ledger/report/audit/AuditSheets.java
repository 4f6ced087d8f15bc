package jp.shomu.ledger.report.audit;

import jp.shomu.ledger.report.PrintStyles;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Sheet set-up shared by the audit workbook: A4 landscape, fit to width, title row repeated, page numbers. */
final class AuditSheets {

    private final CellStyle header;
    private final CellStyle body;

    AuditSheets(Workbook wb) {
        Font bold = wb.createFont();
        bold.setFontName(PrintStyles.FONT);
        bold.setBold(true);
        Font plain = wb.createFont();
        plain.setFontName(PrintStyles.FONT);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        body = wb.createCellStyle();
        body.setFont(plain);
        body.setWrapText(true);
    }

    /** A sheet with its title row, column widths (in characters) and print settings. */
    Sheet create(Workbook wb, String name, String title, String[] columns, int[] widths) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(columns[i]);
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.getHeader().setCenter(title);
        sheet.getFooter().setCenter("&P / &N");
        return sheet;
    }

    void add(Sheet sheet, int rowIndex, Object... values) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            if (values[i] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(values[i] == null ? "" : values[i].toString());
            }
            cell.setCellStyle(body);
        }
    }
}
