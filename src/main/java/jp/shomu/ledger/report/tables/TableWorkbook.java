package jp.shomu.ledger.report.tables;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.tables.TableSheet;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.report.PrintStyles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table screen's month as one printable sheet (A4 landscape, one page wide) in the layout the import reads back
 * ({@link TableSheet}): title, 対象月, then blocks of headed rows, each closed by its 合計 row.
 */
public final class TableWorkbook {
    /** One block of rows: a heading above it, the column headers, the rows (text, whole numbers or yen with decimals) and the totals (null: none). */
    public record Block(String heading, List<String> headers, List<List<Object>> rows, List<Object> totals) {}

    /**
     * A cell worked out by Excel from the others, so that the sheet stays right when edited before it is taken back
     * in. In {@code template}, {r} is the cell's own row, {first}/{last} its block's first and last row and
     * {firstN}/{lastN} those of block N (0 = the first block).
     */
    public record Formula(String template) {}

    private TableWorkbook() {}

    public static void write(Path out, String title, YearMonth month, List<Block> blocks) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("出力先は .xlsx ファイルにしてください: " + out);
        }
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                new Writer(wb, title).write(month, blocks);
                wb.write(os);
            }
        });
    }

    private static final class Writer {
        private final XSSFSheet sheet;
        private final CellStyle titleStyle;
        private final CellStyle headerStyle;
        private final CellStyle textStyle;
        private final CellStyle numberStyle;
        private final java.util.Map<String, CellStyle> decimals = new java.util.HashMap<>();
        private final XSSFWorkbook book;
        private final CellStyle totalStyle;
        private final CellStyle totalNumberStyle;
        private final String title;
        private final List<Integer> firstRows = new java.util.ArrayList<>();
        private final List<Integer> lastRows = new java.util.ArrayList<>();
        private int block = -1;
        private int next;

        Writer(XSSFWorkbook wb, String title) {
            this.title = title;
            this.sheet = wb.createSheet(title);
            var plain = PrintStyles.font(wb, 10, false, IndexedColors.BLACK);
            var bold = PrintStyles.font(wb, 10, true, IndexedColors.BLACK);
            titleStyle = wb.createCellStyle();
            titleStyle.setFont(PrintStyles.font(wb, 14, true, IndexedColors.BLACK));
            headerStyle = PrintStyles.boxed(wb, bold, IndexedColors.GREY_25_PERCENT, VerticalAlignment.CENTER);
            headerStyle.setWrapText(true);
            textStyle = PrintStyles.boxed(wb, plain, null, VerticalAlignment.CENTER);
            numberStyle = PrintStyles.boxed(wb, plain, null, VerticalAlignment.CENTER);
            numberStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            book = wb;
            totalStyle = PrintStyles.boxed(wb, bold, IndexedColors.LEMON_CHIFFON, VerticalAlignment.CENTER);
            totalNumberStyle = PrintStyles.boxed(wb, bold, IndexedColors.LEMON_CHIFFON, VerticalAlignment.CENTER);
            totalNumberStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        }

        void write(YearMonth month, List<Block> blocks) {
            Cell t = sheet.createRow(0).createCell(0);
            t.setCellValue(title + "(" + Wareki.formatMonth(month) + ")");
            t.setCellStyle(titleStyle);
            Row m = sheet.createRow(TableSheet.MONTH_ROW - 1);
            m.createCell(0).setCellValue(TableSheet.MONTH_LABEL);
            m.createCell(1).setCellValue(month.toString());
            next = TableSheet.HEADER_ROW - 2;
            int widest = 0;
            // where each block's rows will be (1-based), for the formulas that refer to another block
            int at = next;
            for (Block b : blocks) {
                firstRows.add(at + 3);
                lastRows.add(at + 2 + b.rows().size());
                at += 2 + b.rows().size() + (b.totals() == null ? 0 : 1) + 1;
            }
            for (Block b : blocks) {
                block(b);
                widest = Math.max(widest, b.headers().size());
                next++; // a blank row between blocks
            }
            for (int c = 0; c < widest; c++) {
                sheet.setColumnWidth(c, c == 0 || c == 1 ? 14 * 256 : 12 * 256);
            }
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(
                    TableSheet.HEADER_ROW - 1, TableSheet.HEADER_ROW - 1, 0, widest - 1));
            sheet.getFooter().setCenter("&P / &N");
            // the values as Excel shows them, kept in the file for whoever reads it without calculating
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }

        /** Yen with 銭 (1.50) or a rate (18.3): as many decimals as the value carries. */
        private CellStyle decimal(int scale, boolean total) {
            return decimals.computeIfAbsent(scale + (total ? "t" : ""), k -> {
                CellStyle s = book.createCellStyle();
                s.cloneStyleFrom(total ? totalNumberStyle : numberStyle);
                s.setDataFormat(book.createDataFormat().getFormat("#,##0." + "0".repeat(Math.max(1, scale))));
                return s;
            });
        }

        private void block(Block b) {
            block++;
            sheet.createRow(next++).createCell(0).setCellValue(b.heading());
            Row h = sheet.createRow(next++);
            h.setHeightInPoints(30);
            for (int c = 0; c < b.headers().size(); c++) {
                put(h, c, b.headers().get(c), headerStyle, headerStyle);
            }
            for (List<Object> r : b.rows()) {
                Row row = sheet.createRow(next++);
                for (int c = 0; c < r.size(); c++) {
                    put(row, c, r.get(c), textStyle, numberStyle);
                }
            }
            if (b.totals() != null) {
                Row row = sheet.createRow(next++);
                put(row, 0, TableSheet.TOTAL, totalStyle, totalStyle);
                for (int c = 1; c < b.headers().size(); c++) {
                    put(row, c, c < b.totals().size() ? b.totals().get(c) : "", totalStyle, totalNumberStyle);
                }
            }
        }

        private String formula(String template, int rowNumber) {
            String f = template.replace("{r}", Integer.toString(rowNumber))
                    .replace("{first}", Integer.toString(firstRows.get(block)))
                    .replace("{last}", Integer.toString(lastRows.get(block)));
            for (int i = 0; i < firstRows.size(); i++) {
                f = f.replace("{first" + i + "}", Integer.toString(firstRows.get(i)))
                        .replace("{last" + i + "}", Integer.toString(lastRows.get(i)));
            }
            return f;
        }

        private void put(Row row, int column, Object value, CellStyle text, CellStyle number) {
            Cell cell = row.createCell(column);
            if (value instanceof Formula f) {
                cell.setCellFormula(formula(f.template(), row.getRowNum() + 1));
                cell.setCellStyle(number);
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(decimal(d.scale(), number == totalNumberStyle));
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(text);
            }
        }
    }
}
