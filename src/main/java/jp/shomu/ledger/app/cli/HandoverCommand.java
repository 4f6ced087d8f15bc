package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.report.handover.HandoverBundle;
import jp.shomu.ledger.report.handover.HandoverVerifier;
import jp.shomu.ledger.service.LedgerContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The contract-end handover bundle: make it (管理責任者) and check it as received (anyone). */
@Command(
        name = "handover",
        description = "引継ぎ資料を作る(管理責任者): 台帳の写し(検査済み)、業務カタログ(Excel)、"
                + "インストーラー、引継書.md、SHA-256 の一覧。確かめるのは handover verify --dir DIR",
        subcommands = HandoverCommand.Verify.class)
final class HandoverCommand extends EnvCommand {
    @Option(
            names = "--ledger",
            paramLabel = "FILE",
            description = "台帳ファイル(.db)、またはサーバーの台帳 postgresql://…(資料には台帳をファイルにして入れます)",
            converter = LedgerLocationConverter.class)
    LedgerLocation ledgerFile;

    @Option(names = "--out", paramLabel = "DIR", description = "出力先のフォルダ(ないか空のフォルダ。上書きはしません)")
    Path out;

    @Option(
            names = "--include",
            paramLabel = "FILE",
            description = "同梱するインストーラー(.msi)・ポータブル版(.zip)。繰り返し指定できます。省略時はアプリの dist フォルダから探します")
    List<Path> includes = new ArrayList<>();

    @Option(names = "--no-packages", description = "インストーラー・ポータブル版を同梱しない")
    boolean noPackages;

    @Override
    public Integer call() {
        if (ledgerFile == null || out == null) {
            throw new InvalidInputException("--ledger FILE と --out DIR を指定してください(確かめるときは handover verify --dir DIR)");
        }
        List<Path> packages = noPackages ? List.of() : includes.isEmpty() ? PackageLocator.find() : includes;
        for (Path p : packages) {
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw new InvalidInputException("同梱するファイルがありません: " + p);
            }
        }
        long started = System.nanoTime();
        try (LedgerContext ctx = LedgerContext.open(ledgerFile, env.clock())) {
            HandoverBundle.Result r = new HandoverBundle(HandoverBundle.standardParts(packages))
                    .write(
                            ctx,
                            ctx.whoIs(env.login()),
                            out,
                            (title, done, total) -> env.err().println("[" + done + "/" + total + "] " + title));
            env.out().println("引継ぎ資料を作成しました: " + r.dir());
            r.files().forEach(f -> env.out().println("  " + f.path()));
            if (packages.isEmpty()) {
                env.out().println("  (インストーラー・ポータブル版は入っていません。--include FILE で同梱できます)");
            }
            env.out()
                    .println("台帳の写し: 案件 " + r.verified().cases() + " 件、監査ログ "
                            + r.verified().auditRows() + " 行、検査OK");
            env.out().println("manifest-sha256.txt の SHA-256(受領書に控えてください): " + r.manifestSha256());
            env.out().printf("所要時間: %.1f 秒%n", (System.nanoTime() - started) / 1e9);
        }
        return ExitCodes.DONE;
    }

    @Command(
            name = "verify",
            description = "引継ぎ資料を確かめる: すべてのファイルの SHA-256 と台帳の写しの検査。" + "変更・不足・追加されたファイルを名前で示します(問題があれば終了コード 2)")
    static final class Verify extends EnvCommand {
        @Option(names = "--dir", paramLabel = "DIR", required = true, description = "引継ぎ資料のフォルダ")
        Path dir;

        @Option(
                names = "--manifest-sha256",
                paramLabel = "HEX",
                description = "受領書に控えた manifest-sha256.txt の SHA-256(任意)")
        String expectedManifest;

        @Override
        public Integer call() {
            HandoverVerifier.Result r = HandoverVerifier.verify(dir, expectedManifest, env.clock());
            if (r.ok()) {
                env.out()
                        .println("引継ぎ資料の確認OK: " + r.filesChecked() + " ファイル、台帳の写し 案件 "
                                + r.ledger().cases() + " 件、監査ログ " + r.ledger().auditRows() + " 行");
                return ExitCodes.DONE;
            }
            env.err().println("引継ぎ資料に問題があります(" + r.problems().size() + " 件):");
            r.problems().forEach(p -> env.err().println("  - " + p));
            return ExitCodes.LEDGER_PROBLEM;
        }
    }
}
