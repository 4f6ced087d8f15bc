package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.report.export.LedgerExport;
import jp.shomu.ledger.service.ProgressSink;

/** The full Excel export of the ledger copy: every table as a sheet, so the data can be read without the app. */
final class LedgerExportPart implements BundlePart {
    static final String WORKBOOK = "export/台帳データ.xlsx";

    @Override
    public String title() {
        return "台帳の全データ(Excel)";
    }

    @Override
    public List<BundleFile> write(BundleSource source, Path root) throws IOException {
        Path out = root.resolve(WORKBOOK);
        Files.createDirectories(out.getParent());
        LedgerExport.toXlsx(source.snapshot(), source.madeBy(), out, ProgressSink.NONE, false);
        return List.of(new BundleFile(
                WORKBOOK, "台帳の全データ(Excel)。すべての表を 1 シートずつ、日本語の見出しとデータ辞書" + "(説明・項目定義・コード一覧)付きで。アプリがなくても Excel で読めます"));
    }
}
