package jp.shomu.ledger.report.imports;

import java.nio.file.Path;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.imports.CaseImportService;
import jp.shomu.ledger.service.imports.ImportMappingService;
import jp.shomu.ledger.service.imports.ImportPreview;
import jp.shomu.ledger.service.imports.ImportResult;

/** Importing cases from a CSV or Excel file: what {@code import cases} and the app's import screen both call. */
public final class CaseImport {
    private CaseImport() {}

    /** The dry run: every row checked, nothing written. {@code mappingName} null or blank = the standard layout. */
    public static ImportPreview preview(
            LedgerContext ctx, StaffMember actor, Path file, String mappingName, ProgressSink progress) {
        ImportMapping mapping = new ImportMappingService(ctx).byName(actor, mappingName);
        return new CaseImportService(ctx).preview(actor, ImportFiles.open(file), mapping, progress);
    }

    /**
     * Imports every row or none.
     *
     * @throws jp.shomu.ledger.service.imports.ImportRefusedException with the preview of every problem, when any row is bad
     */
    public static ImportResult run(
            LedgerContext ctx, StaffMember actor, Path file, String mappingName, ProgressSink progress) {
        ImportMapping mapping = new ImportMappingService(ctx).byName(actor, mappingName);
        Path scratch = privateScratch();
        return new CaseImportService(ctx, scratch).importCases(actor, ImportFiles.open(file), mapping, progress);
    }

    /**
     * The folder POI uses for scratch files: the user's private one once the app has installed it
     * ({@code PrivateTempFiles}), so the checked rows — personal data — never sit in the shared system temp folder.
     */
    private static Path privateScratch() {
        try {
            java.io.File probe = org.apache.poi.util.TempFile.createTempFile("shomu-import-", ".probe");
            Path dir = probe.toPath().getParent();
            java.nio.file.Files.deleteIfExists(probe.toPath());
            return dir;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
