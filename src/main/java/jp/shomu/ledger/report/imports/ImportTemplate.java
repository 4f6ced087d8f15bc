package jp.shomu.ledger.report.imports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.report.OutputFiles;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The blank import template (docs/REPORTS.md §取込み): a sheet 取込み whose headings are 中区分, 件名 and field
 * labels — for one task type, or the common fields only — with lists for choice fields, and sheets explaining how
 * to fill it in and every field of every type.
 */
public final class ImportTemplate {
    /** Rows that get the drop-down lists for choice fields. */
    private static final int LIST_ROWS = 5_000;

    private ImportTemplate() {}

    /** The headings of the template for {@code type} (null: the common fields only). */
    public static List<String> headers(TaskType type) {
        List<String> headers = new ArrayList<>(List.of(ImportMapping.TYPE, ImportMapping.SUBJECT));
        CommonFields.ALL.forEach(f -> headers.add(f.label()));
        if (type != null) {
            type.fields().forEach(f -> headers.add(f.label()));
        }
        return headers;
    }

    public static void write(Catalog catalog, TaskType type, Path out) {
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                wb.getFontAt(0).setFontName("游ゴシック");
                sheet(wb, type);
                TemplateGuide.howTo(wb, type);
                TemplateGuide.fields(wb, catalog, type);
                wb.setActiveSheet(0);
                wb.write(os);
            }
        });
    }

    private static void sheet(XSSFWorkbook wb, TaskType type) {
        XSSFSheet s = wb.createSheet(XlsxRowSource.SHEET);
        CellStyle plain = header(wb, IndexedColors.GREY_25_PERCENT);
        CellStyle required = header(wb, IndexedColors.LIGHT_ORANGE);
        List<FieldDef> fields = new ArrayList<>(CommonFields.ALL);
        if (type != null) {
            fields.addAll(type.fields());
        }
        Row row = s.createRow(0);
        List<String> headers = headers(type);
        DataValidationHelper dv = s.getDataValidationHelper();
        for (int c = 0; c < headers.size(); c++) {
            row.createCell(c).setCellValue(headers.get(c));
            FieldDef f = c < 2 ? null : fields.get(c - 2);
            boolean mandatory = c < 2 || (f != null && f.required());
            row.getCell(c).setCellStyle(mandatory ? required : plain);
            s.setColumnWidth(c, Math.max(12, Math.min(40, headers.get(c).length() * 2 + 4)) * 256);
            if (f != null
                    && f.type() == FieldType.CHOICE
                    && String.join(",", f.choices()).length() < 250) {
                var v = dv.createValidation(
                        dv.createExplicitListConstraint(f.choices().toArray(new String[0])),
                        new CellRangeAddressList(1, LIST_ROWS, c, c));
                v.setShowErrorBox(false);
                s.addValidationData(v);
            }
        }
        s.createFreezePane(0, 1);
    }

    private static CellStyle header(XSSFWorkbook wb, IndexedColors fill) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("游ゴシック");
        CellStyle st = wb.createCellStyle();
        st.setFont(bold);
        st.setFillForegroundColor(fill.getIndex());
        st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return st;
    }
}
