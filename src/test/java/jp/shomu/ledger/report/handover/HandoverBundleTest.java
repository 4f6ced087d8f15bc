package jp.shomu.ledger.report.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handover bundle: complete, verified, named in its guide, and every changed byte found and named. */
class HandoverBundleTest {
    @TempDir
    Path dir;

    private Path ledgerFile;
    private Path portableZip;

    @BeforeEach
    void smallLedger() throws Exception {
        Path ledgerDir = Files.createDirectories(dir.resolve("share"));
        try (LedgerContext ctx = TestLedger.create(ledgerDir)) {
            CaseService cases = new CaseService(ctx);
            cases.create(ctx.whoIs("op1"), "2-2", "通勤手当 新規", Map.of("allowanceKind", "通勤", "certificationKind", "新規"));
            cases.create(ctx.whoIs("op1"), "1-2", "住所変更届", Map.of());
            ledgerFile = ctx.ledger().file();
        }
        portableZip = Files.write(
                dir.resolve("ShomuLedger-0.1.0-windows-x64-portable.zip"), new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0});
    }

    private HandoverBundle.Result bundle(Path out, String login) {
        try (LedgerContext ctx = LedgerContext.open(ledgerFile, TestLedger.CLOCK)) {
            return new HandoverBundle(HandoverBundle.standardParts(List.of(portableZip)))
                    .write(ctx, ctx.whoIs(login), out, (title, done, total) -> {});
        }
    }

    @Test
    void aBundleHoldsTheLedgerCopyCatalogPackageGuideAndManifestAndPassesVerify() throws Exception {
        HandoverBundle.Result r = bundle(dir.resolve("handover"), "admin");
        assertEquals(
                List.of(
                        "catalog/catalog.json",
                        "catalog/業務カタログ.xlsx",
                        "export/台帳データ.xlsx",
                        "ledger/shomu-ledger.db",
                        "manifest-sha256.txt",
                        "manifest-sha256.txt.sha256",
                        "package/ShomuLedger-0.1.0-windows-x64-portable.zip",
                        "引継書.md"),
                Manifest.filesUnder(r.dir()));
        assertEquals(2, r.verified().cases());
        HandoverVerifier.Result v = HandoverVerifier.verify(r.dir(), r.manifestSha256(), TestLedger.CLOCK);
        assertTrue(v.ok(), v.problems().toString());
        assertEquals(6, v.filesChecked());
        assertEquals(2, v.ledger().cases());
    }

    @Test
    void theFullExportsDisclosureIsInTheLiveLedgerSoTheCopysChainIsTheLiveChain() throws Exception {
        HandoverBundle.Result r = bundle(dir.resolve("handover"), "admin");
        Path copy = r.dir().resolve("ledger/shomu-ledger.db");
        String liveHead = head(ledgerFile);
        String copyHead = head(copy);
        assertEquals(liveHead, copyHead, "the copy's chain ends where the live chain ends: no fork");
        assertEquals(
                1L,
                count(
                        ledgerFile,
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'disclosure'"
                                + " AND after LIKE '%引継ぎ資料%' AND after LIKE '%\"cases\":\"2\"%'"));
        assertEquals(
                count(ledgerFile, "SELECT COUNT(*) FROM audit_log"), count(copy, "SELECT COUNT(*) FROM audit_log"));
    }

    private static String head(Path db) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'audit_head'")) {
            return rs.getString(1);
        }
    }

    private static long count(Path db, String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    @Test
    void changingOneByteOfAnyFileFailsVerifyNamingThatFile() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        for (String name : Manifest.filesUnder(out)) {
            Path file = out.resolve(name);
            byte[] original = Files.readAllBytes(file);
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 0x01;
            Files.write(file, changed);
            HandoverVerifier.Result v = HandoverVerifier.verify(out, null, TestLedger.CLOCK);
            assertFalse(v.ok(), name);
            assertTrue(v.problems().stream().anyMatch(p -> p.startsWith(name + ":")), name + " → " + v.problems());
            Files.write(file, original);
        }
        assertTrue(HandoverVerifier.verify(out, null, TestLedger.CLOCK).ok());
    }

    @Test
    void aChangedManifestIsNamedFirstSinceTheOtherFindingsFollowFromIt() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        Path manifest = out.resolve(Manifest.FILE);
        String text = Files.readString(manifest);
        Files.writeString(manifest, (text.charAt(0) == 'a' ? "b" : "a") + text.substring(1));
        List<String> problems =
                HandoverVerifier.verify(out, null, TestLedger.CLOCK).problems();
        assertTrue(problems.get(0).startsWith("manifest-sha256.txt: SHA-256 が控え"), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aMissingAndAnAddedFileAreNamed() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        Files.delete(out.resolve("catalog/catalog.json"));
        Files.writeString(out.resolve("メモ.txt"), "後から入れたファイル");
        List<String> problems =
                HandoverVerifier.verify(out, null, TestLedger.CLOCK).problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("catalog/catalog.json: ありません")), problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.startsWith("メモ.txt: manifest-sha256.txt にない")), problems.toString());
    }

    @Test
    void aManifestHashFromTheReceiptThatDiffersIsReported() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        List<String> problems =
                HandoverVerifier.verify(out, "0".repeat(64), TestLedger.CLOCK).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("manifest-sha256.txt: SHA-256 が受領書の値と一致しません"));
    }

    @Test
    void theManifestIsInSha256sumFormat() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        List<String> lines = Files.readAllLines(out.resolve(Manifest.FILE), StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        for (String line : lines) {
            assertTrue(line.matches("[0-9a-f]{64}  [^ ].*"), line);
            String path = line.substring(66);
            assertEquals(Manifest.sha256(out.resolve(path)), line.substring(0, 64));
        }
        assertEquals(
                Manifest.sha256(out.resolve(Manifest.FILE)) + "  manifest-sha256.txt",
                Files.readString(out.resolve(Manifest.SEAL)).strip());
    }

    @Test
    void theGuideNamesEveryFileAndTellsHowToInstallOpenReadAndCheck() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        String guide = Files.readString(out.resolve("引継書.md"), StandardCharsets.UTF_8);
        for (String name : Manifest.filesUnder(out)) {
            if (!name.equals("引継書.md")) {
                assertTrue(guide.contains("`" + name + "`"), name);
            }
        }
        for (String heading : new String[] {"同梱ファイル", "アプリのインストール", "台帳を開く", "アプリなしで読む", "改ざん・破損の確認"}) {
            assertTrue(guide.contains(heading), heading);
        }
        assertTrue(guide.contains("ポータブル版") && guide.contains("Get-FileHash") && guide.contains("sha256sum -c"));
        assertTrue(guide.contains("案件 2 件") && guide.contains("見本 管理(管理責任者)"), guide);
        assertTrue(guide.startsWith("\uFEFF# 引継書") && guide.contains("\r\n"));
    }

    @Test
    void theLedgerCopyIsCompleteAndRecordsItsOwnHandover() throws Exception {
        Path out = bundle(dir.resolve("handover"), "admin").dir();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(HandoverBundle.LEDGER_COPY));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM case_file), "
                                + "(SELECT COUNT(*) FROM audit_log WHERE entity = 'handover' AND entity_id = 'handover' AND actor = 'admin')")) {
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
        }
    }

    @Test
    void onlyTheManagerMakesABundleAndARefusalLeavesNothing() throws Exception {
        Path out = dir.resolve("handover");
        assertThrows(PermissionDeniedException.class, () -> bundle(out, "leader"));
        assertThrows(PermissionDeniedException.class, () -> bundle(out, "op1"));
        assertFalse(Files.exists(out));
        try (var entries = Files.list(dir)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().contains("partial")));
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsNeverWrittenInto() throws Exception {
        Path out = Files.createDirectories(dir.resolve("handover"));
        Files.writeString(out.resolve("前の資料.txt"), "残す");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bundle(out, "admin"));
        assertTrue(e.getMessage().contains("上書きはしません"));
        assertEquals(List.of("前の資料.txt"), Manifest.filesUnder(out));
    }

    @Test
    void anEmptyFolderMayBeTheDestination() {
        Path out = dir.resolve("empty");
        assertTrue(out.toFile().mkdir());
        assertTrue(HandoverVerifier.verify(bundle(out, "admin").dir(), null, TestLedger.CLOCK)
                .ok());
    }

    @Test
    void aFolderWithoutAManifestIsNoBundle() {
        List<String> problems =
                HandoverVerifier.verify(dir, null, TestLedger.CLOCK).problems();
        assertTrue(problems.get(0).startsWith("manifest-sha256.txt: ありません"), problems.toString());
    }
}
