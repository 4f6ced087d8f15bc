package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.calendar.Wareki;

/**
 * 引継書.md: what each file of the bundle is, how to install the app, how to open the ledger, how to read everything
 * without the app, and how to check that nothing was changed. Written for the successor, in plain Japanese.
 */
final class HandoverGuide {
    static final String FILE = "引継書.md";

    private HandoverGuide() {}

    static BundleFile write(BundleSource source, List<BundleFile> files, Path root) throws IOException {
        StringBuilder md = new StringBuilder();
        header(md, source);
        fileList(md, files);
        md.append(HandoverGuideText.install(hasPackage(files, ".msi"), hasPackage(files, ".zip")));
        md.append(HandoverGuideText.openLedger(HandoverBundle.LEDGER_COPY));
        md.append(HandoverGuideText.readWithoutApp(HandoverBundle.LEDGER_COPY, CatalogWorkbookPart.WORKBOOK));
        md.append(HandoverGuideText.checkIntegrity(Manifest.FILE, Manifest.SEAL));
        md.append(HandoverGuideText.care());
        // CRLF and a BOM: Notepad on every Windows version the city runs shows it right.
        Files.writeString(root.resolve(FILE), "\uFEFF" + md.toString().replace("\n", "\r\n"), StandardCharsets.UTF_8);
        return new BundleFile(FILE, "この引継書(Markdown。メモ帳などで読めます)");
    }

    private static void header(StringBuilder md, BundleSource s) {
        LocalDateTime at = LocalDateTime.ofInstant(s.madeAt(), JapanTime.ZONE);
        String version = HandoverGuide.class.getPackage().getImplementationVersion();
        md.append("# 引継書 — 庶務台帳(総務事務センター業務台帳)\n\n")
                .append("契約終了時の引継ぎ資料です(仕様書 8-(2)-③、14-(4))。この資料だけで、後任の事業者がアプリを入れて業務を続けることも、")
                .append("アプリなしで Excel などで内容を確かめることもできるようにしています。\n\n")
                .append("| 項目 | 内容 |\n|---|---|\n")
                .append("| 作成日時 | ")
                .append(Wareki.format(at.toLocalDate()))
                .append(' ')
                .append(String.format("%02d:%02d", at.getHour(), at.getMinute()))
                .append(" |\n")
                .append("| 作成者 | ")
                .append(s.madeBy().name())
                .append("(")
                .append(s.madeBy().role().label())
                .append(") |\n")
                .append("| アプリの版 | 庶務台帳 ")
                .append(version == null ? "開発版" : version)
                .append(" |\n")
                .append("| 元の台帳 | `")
                .append(s.originalLedger().display())
                .append("` |\n")
                .append("| 台帳の内容 | 案件 ")
                .append(String.format("%,d", s.verified().cases()))
                .append(" 件、監査ログ ")
                .append(String.format("%,d", s.verified().auditRows()))
                .append(" 行(作成時に検査済み。問題なし) |\n")
                .append("| 業務カタログ | 版 ")
                .append(s.snapshot().catalog().version())
                .append("(")
                .append(s.snapshot().catalog().taskTypes().size())
                .append(" の中区分) |\n\n");
    }

    private static void fileList(StringBuilder md, List<BundleFile> files) {
        md.append("## 1. 同梱ファイル\n\n| ファイル | 内容 |\n|---|---|\n");
        for (BundleFile f : files) {
            md.append("| `")
                    .append(f.path())
                    .append("` | ")
                    .append(f.description())
                    .append(" |\n");
        }
        md.append("| `")
                .append(Manifest.FILE)
                .append("` | 上のすべてのファイルの SHA-256(改ざん・破損の確認用。5 章) |\n")
                .append("| `")
                .append(Manifest.SEAL)
                .append("` | `")
                .append(Manifest.FILE)
                .append("` 自身の SHA-256 |\n\n");
    }

    private static boolean hasPackage(List<BundleFile> files, String suffix) {
        return files.stream()
                .anyMatch(f -> f.path().startsWith(PackagePart.FOLDER)
                        && f.path().toLowerCase(java.util.Locale.ROOT).endsWith(suffix));
    }
}
