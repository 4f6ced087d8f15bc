package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.store.settings.CatalogJson;

/** The ledger's current catalog, as the printable workbook and as the JSON the app itself reads. */
final class CatalogWorkbookPart implements BundlePart {
    static final String WORKBOOK = "catalog/業務カタログ.xlsx";
    static final String JSON = "catalog/catalog.json";

    @Override
    public String title() {
        return "業務カタログ(Excel)";
    }

    @Override
    public List<BundleFile> write(BundleSource source, Path root) throws IOException {
        Catalog catalog = source.snapshot().catalog();
        Files.createDirectories(root.resolve(WORKBOOK).getParent());
        LocalDate day = LocalDate.ofInstant(source.madeAt(), JapanTime.ZONE);
        String subtitle = "カタログ 版" + catalog.version() + " ・ 台帳 "
                + source.originalLedger().shortName() + " ・ " + Wareki.format(day) + " 作成";
        CatalogWorkbook.write(catalog, subtitle, root.resolve(WORKBOOK));
        Files.writeString(root.resolve(JSON), CatalogJson.toJson(catalog), StandardCharsets.UTF_8);
        return List.of(
                new BundleFile(
                        WORKBOOK,
                        "業務カタログ(Excel)。22 の中区分ごとの内容、期限(SLA)と根拠、業務フロー(チェックリスト)、"
                                + "入力項目、標準処理時間・年間件数・繁忙月。業務マニュアル・業務フローの基礎資料として、そのまま印刷できます(A4 横)"),
                new BundleFile(JSON, "同じカタログの JSON(台帳に保存されている形式そのもの)。ほかのシステムへ移すときに使います"));
    }
}
