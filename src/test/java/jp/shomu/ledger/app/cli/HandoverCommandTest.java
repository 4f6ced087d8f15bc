package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handover and handover verify on the command line: the exit codes and what is printed. */
class HandoverCommandTest {
    @TempDir
    Path dir;

    private final CliRunner manager = new CliRunner("kanri");

    private Path ledger() {
        Path ledger = dir.resolve("ledger.db");
        assertEquals(0, manager.run("init", "--ledger", ledger.toString()).code());
        return ledger;
    }

    @Test
    void handoverThenVerifyExitZeroAndAChangedFileExitsTwoNamingIt() throws Exception {
        Path ledger = ledger();
        Path out = dir.resolve("引継ぎ");
        CliRunner.Result made =
                manager.run("handover", "--ledger", ledger.toString(), "--out", out.toString(), "--no-packages");
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("引継ぎ資料を作成しました") && made.out().contains("受領書に控えてください"), made.out());
        String manifestSha = made.out()
                .lines()
                .filter(l -> l.startsWith("manifest-sha256.txt の SHA-256"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst()
                .orElseThrow();
        CliRunner.Result ok =
                manager.run("handover", "verify", "--dir", out.toString(), "--manifest-sha256", manifestSha);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("引継ぎ資料の確認OK: 5 ファイル"), ok.out());

        Path xlsx = out.resolve("catalog/業務カタログ.xlsx");
        byte[] bytes = Files.readAllBytes(xlsx);
        bytes[100] ^= 0x20;
        Files.write(xlsx, bytes);
        CliRunner.Result bad = new CliRunner("anyone").run("handover", "verify", "--dir", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("catalog/業務カタログ.xlsx: 内容が変更されています"), bad.err());
    }

    @Test
    void anIncludedPackageIsCopiedAndAMissingOneIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path ledger = ledger();
        Path zip = Files.write(dir.resolve("ShomuLedger-0.1.0-windows-x64-portable.zip"), new byte[] {1, 2, 3});
        Path out = dir.resolve("with-zip");
        assertEquals(
                0,
                manager.run(
                                "handover",
                                "--ledger",
                                ledger.toString(),
                                "--out",
                                out.toString(),
                                "--include",
                                zip.toString())
                        .code());
        assertTrue(Files.isRegularFile(out.resolve("package/ShomuLedger-0.1.0-windows-x64-portable.zip")));

        Path none = dir.resolve("none");
        CliRunner.Result r = manager.run(
                "handover",
                "--ledger",
                ledger.toString(),
                "--out",
                none.toString(),
                "--include",
                dir.resolve("no.msi").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("同梱するファイルがありません"), r.err());
        assertFalse(Files.exists(none));
    }

    @Test
    void withoutLedgerAndOutItSaysWhatIsMissing() {
        CliRunner.Result r = manager.run("handover");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--ledger FILE と --out DIR"), r.err());
    }

    @Test
    void someoneNotTheManagerIsRefused() throws Exception {
        Path ledger = ledger();
        assertEquals(
                0,
                manager.run(
                                "staff",
                                "add",
                                "--ledger",
                                ledger.toString(),
                                "--login",
                                "leader1",
                                "--employee-no",
                                "1000002",
                                "--name",
                                "見本 主任",
                                "--role",
                                "業務責任者")
                        .code());
        Path out = dir.resolve("refused");
        CliRunner.Result r = new CliRunner("leader1")
                .run("handover", "--ledger", ledger.toString(), "--out", out.toString(), "--no-packages");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("管理責任者だけ"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void packagesAreFoundInTheDistFolderBesideTheJar() throws Exception {
        Path dist = Files.createDirectories(dir.resolve("dist"));
        Files.writeString(dist.resolve("ShomuLedger-0.1.0-linux-x64-portable.zip"), "z");
        Files.writeString(dist.resolve("ShomuLedger-0.1.0.msi"), "m");
        Files.writeString(dist.resolve("notes.txt"), "n");
        assertEquals(
                List.of(
                        dist.resolve("ShomuLedger-0.1.0-linux-x64-portable.zip"),
                        dist.resolve("ShomuLedger-0.1.0.msi")),
                PackageLocator.packagesIn(dir));
        assertEquals(List.of(), PackageLocator.packagesIn(dir.resolve("elsewhere")));
    }

    @Test
    void environmentReportsCp932AndTheJapaneseEra() {
        CliRunner.Result r = manager.run("environment");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("CP932(windows-31j) 使用可") && r.out().contains("令和"), r.out());
    }
}
