package jp.shomu.ledger.report.export;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the export as a streamed workbook (SXSSF): only a window of rows stays in memory, the rest goes to
 * compressed temporary files, so a ledger of any size exports in a small heap. A table longer than one sheet
 * continues on 「名前(2)」 and so on.
 */
final class XlsxSink implements ExportSink {
    /** Excel's rows per sheet, less the heading row. */
    static final int MAX_ROWS = 1_048_575;

    private final SXSSFWorkbook wb;
    private final int maxRows;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle formulaLike;
    private String title;
    private List<String> headers;
    private List<ColumnKind> kinds;
    private SXSSFSheet sheet;
    private int part;
    private int rowIndex;

    XlsxSink(SXSSFWorkbook wb) {
        this(wb, MAX_ROWS);
    }

    /** @param maxRows data rows per sheet before a table continues on the next (tests use a small number) */
    XlsxSink(SXSSFWorkbook wb, int maxRows) {
        this.wb = wb;
        this.maxRows = maxRows;
        wb.setCompressTempFiles(true);
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("游ゴシック");
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
        formulaLike = wb.createCellStyle();
        formulaLike.setQuotePrefixed(true);
    }

    @Override
    public void begin(String name, String sheetTitle, List<String> headerTexts, List<ColumnKind> columnKinds) {
        this.title = sheetTitle;
        this.headers = headerTexts;
        this.kinds = columnKinds;
        this.part = 1;
        newSheet();
    }

    private void newSheet() {
        sheet = wb.createSheet(part == 1 ? title : title + "(" + part + ")");
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, width(kinds.get(c), headers.get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        rowIndex = 1;
    }

    @Override
    public void row(List<Object> values) {
        if (rowIndex > maxRows) {
            part++;
            newSheet();
        }
        Row row = sheet.createRow(rowIndex++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof LocalDateTime t) {
                cell.setCellValue(t);
                cell.setCellStyle(dateTime);
            } else {
                String s = v.toString();
                cell.setCellValue(CellText.forCell(s));
                if (CellText.looksLikeFormula(s)) {
                    cell.setCellStyle(formulaLike);
                }
            }
        }
    }

    @Override
    public void end() {
        // the sheet's rows are flushed as the window moves; nothing is kept per table
    }

    private static int width(ColumnKind kind, String header) {
        int base = switch (kind) {
            case NUMBER -> 10;
            case DATE -> 12;
            case INSTANT -> 20;
            case AUDIT_IMAGE -> 60;
            case FIELD_VALUE -> 30;
            default -> 18;
        };
        return Math.max(base, Math.min(40, header.length() * 2 + 4));
    }
}
