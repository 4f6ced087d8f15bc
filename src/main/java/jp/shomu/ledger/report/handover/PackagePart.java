package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** The Windows installer (.msi) and the portable zip, copied into package/ when they are at hand. */
final class PackagePart implements BundlePart {
    static final String FOLDER = "package/";

    private final List<Path> packages;

    PackagePart(List<Path> packages) {
        this.packages = List.copyOf(packages);
    }

    @Override
    public String title() {
        return "インストーラー・ポータブル版";
    }

    @Override
    public List<BundleFile> write(BundleSource source, Path root) throws IOException {
        List<BundleFile> files = new ArrayList<>();
        for (Path p : packages) {
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException("同梱するファイルがありません: " + p);
            }
            String name = FOLDER + p.getFileName();
            Path to = root.resolve(name);
            Files.createDirectories(to.getParent());
            Files.copy(p, to);
            files.add(new BundleFile(name, describe(p.getFileName().toString())));
        }
        return files;
    }

    static String describe(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".msi")) {
            return "Windows 用インストーラー。ダブルクリックで、管理者権限なしにこのユーザーへインストールします";
        }
        if (lower.endsWith(".zip") && lower.contains("portable")) {
            return "ポータブル版(インストール不要)。フォルダに展開し、中の ShomuLedger.exe(Linux 版は bin/ShomuLedger)を起動します";
        }
        return "同梱ファイル";
    }
}
