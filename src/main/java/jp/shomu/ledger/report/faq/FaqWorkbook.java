package jp.shomu.ledger.report.faq;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The FAQ list as the §14 deliverable (職員向けFAQ): one sheet, A4 landscape, fit to width, the header row repeated
 * on every page, page numbers in the footer; one row per live article, by task type.
 */
final class FaqWorkbook {
    static final String SHEET = "FAQ一覧";
    private static final String[] HEADERS = {"番号", "中区分", "質問", "回答", "キーワード", "版", "更新日"};
    private static final int[] WIDTHS = {6, 16, 34, 62, 16, 4, 12};
    private static final float LINE_POINTS = 14.5f;

    private FaqWorkbook() {}

    static void write(List<FaqVersion> live, Function<String, String> typeName, LocalDate today, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            Font plainFont = wb.createFont();
            plainFont.setFontName("游ゴシック");
            plainFont.setFontHeightInPoints((short) 10);
            Font bold = wb.createFont();
            bold.setFontName("游ゴシック");
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setFontName("游ゴシック");
            titleFont.setFontHeightInPoints((short) 14);
            titleFont.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            CellStyle note = wb.createCellStyle();
            note.setFont(plainFont);
            CellStyle header = boxed(wb, bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle body = boxed(wb, plainFont);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            sheet.createRow(0).createCell(0).setCellValue("職員向け FAQ 一覧");
            sheet.getRow(0).getCell(0).setCellStyle(title);
            Cell asOf = sheet.createRow(1).createCell(0);
            asOf.setCellValue(Wareki.format(today) + " 現在 公開中 " + live.size() + " 件(下書き・確認待ち・廃止は含みません)");
            asOf.setCellStyle(note);
            Row head = sheet.createRow(3);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
            }
            int r = 4;
            for (FaqVersion v : live) {
                Row row = sheet.createRow(r++);
                String[] values = {
                    Long.toString(v.articleId()),
                    v.typeCode() + " " + typeName.apply(v.typeCode()),
                    v.question(),
                    v.answer() + (v.source().isEmpty() ? "" : "\n(出典: " + v.source() + ")"),
                    String.join("、", v.keywords()),
                    Long.toString(v.version()),
                    Wareki.format(v.changedAt().toLocalDate())
                };
                int lines = 1;
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(body);
                    lines = Math.max(lines, lines(values[c], WIDTHS[c]));
                }
                row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS + 4));
            }
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.5);
            sheet.setMargin(Sheet.RightMargin, 0.5);
            sheet.setMargin(Sheet.TopMargin, 0.7);
            sheet.setMargin(Sheet.BottomMargin, 0.7);
            sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
            sheet.createFreezePane(0, 4);
            sheet.getHeader().setRight("総務事務センター");
            sheet.getFooter().setLeft("職員向け FAQ 一覧");
            sheet.getFooter().setCenter("&P / &N");
            sheet.getFooter().setRight(Wareki.format(today));
            wb.write(out);
        }
    }

    /** How many printed lines a text takes in a column this many half-width characters wide. */
    static int lines(String text, int widthChars) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                width += line.charAt(i) < 0x100 ? 1 : 2;
            }
            lines += Math.max(1, (width + widthChars - 1) / widthChars);
        }
        return lines;
    }

    private static CellStyle boxed(XSSFWorkbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
