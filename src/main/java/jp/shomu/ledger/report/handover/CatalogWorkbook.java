package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The catalog (fields, checklists, SLA rules, standard minutes) as a printable Excel workbook: an overview sheet and
 * one sheet per 中区分, the basis of the 業務マニュアル and 業務フロー that a successor reads without the app.
 */
public final class CatalogWorkbook {
    private CatalogWorkbook() {}

    /** @param subtitle the line under the title: which ledger, which date, which app */
    public static void write(Catalog catalog, String subtitle, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            OverviewSheet.write(wb.createSheet(OverviewSheet.NAME), styles, catalog, subtitle);
            OverviewSheet.writeReference(wb.createSheet(OverviewSheet.REFERENCE_NAME), styles, catalog);
            for (TaskType t : catalog.taskTypes()) {
                TaskTypeSheet.write(
                        wb.createSheet(WorkbookUtil.createSafeSheetName(t.code() + " " + t.name())),
                        styles,
                        catalog,
                        t);
            }
            ThresholdSheet.write(wb.createSheet(ThresholdSheet.NAME), styles, catalog);
            wb.getProperties().getCoreProperties().setTitle("業務カタログ(庶務台帳)");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
