package jp.shomu.ledger.service.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the ledger's location: remembered per user, classified without ever creating or changing a file. */
@FileOnly("choosing, creating and checking a ledger file in a folder")
class LedgerLocationTest {
    @TempDir
    Path dir;

    private LedgerLocation location() {
        return new LedgerLocation(new UserSettings(dir.resolve("profile").resolve("settings.properties")));
    }

    @Test
    void nothingIsRememberedAtFirst() {
        assertEquals(Optional.empty(), location().recall());
    }

    @Test
    void aRememberedUncPathComesBackAsTyped() {
        Path unc = Path.of("\\\\server\\share\\庶務\\ledger.db");
        location().remember(unc);
        assertEquals(Optional.of(unc.toAbsolutePath().toString()), location().recall());
    }

    @Test
    void rememberingKeepsTheOtherSettings() throws Exception {
        UserSettings settings = new UserSettings(dir.resolve("settings.properties"));
        settings.put("window.width", "1280");
        new LedgerLocation(settings).remember(dir.resolve("ledger.db"));
        assertEquals(Optional.of("1280"), settings.get("window.width"));
        assertTrue(Files.readString(settings.file(), StandardCharsets.UTF_8).contains("ledger.path"));
    }

    @Test
    void forgettingClearsOnlyTheLedger() {
        LedgerLocation location = location();
        location.remember(dir.resolve("ledger.db"));
        location.forget();
        assertEquals(Optional.empty(), location.recall());
    }

    @Test
    void settingsLiveInAppDataOnWindowsAndInTheHomeFolderElsewhere() {
        assertEquals(
                Path.of("C:\\Users\\u1\\AppData\\Roaming", "ShomuLedger", "settings.properties"),
                UserSettings.defaultFile(
                        "Windows 11", Map.of("APPDATA", "C:\\Users\\u1\\AppData\\Roaming"), "C:\\Users\\u1"));
        assertEquals(
                Path.of("/home/u1", ".shomu-ledger", "settings.properties"),
                UserSettings.defaultFile("Linux", Map.of(), "/home/u1"));
    }

    @Test
    void aLedgerIsReachable() {
        Path ledger;
        try (LedgerContext ctx = TestLedger.create(dir)) {
            ledger = ctx.ledger().file();
        }
        LocationCheck check = LedgerLocation.check(ledger);
        assertEquals(LocationStatus.REACHABLE_LEDGER, check.status(), check.message());
        assertTrue(check.usable());
    }

    @Test
    void aMissingFileInAReachableFolderIsTheOnlyPlaceForANewLedgerAndNothingIsCreated() throws Exception {
        Path missing = dir.resolve("ledger.db");
        LocationCheck check = LedgerLocation.check(missing);
        assertEquals(LocationStatus.MISSING_FILE, check.status());
        assertTrue(check.newLedgerPossible());
        assertFalse(check.usable());
        assertTrue(check.message().contains("管理責任者"), check.message());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aNewLedgerIsMadeOnlyByTheExplicitCreateAndIsThenReachableWithItsCreatorAsManager() {
        Path chosen = dir.resolve("ledger.db");
        assertTrue(LedgerLocation.check(chosen).newLedgerPossible());
        NewLedger.create(chosen, "kanri", TestLedger.CLOCK);
        assertEquals(
                LocationStatus.REACHABLE_LEDGER, LedgerLocation.check(chosen).status());
        try (LedgerContext ctx = TestBackend.openContext(chosen, TestLedger.CLOCK)) {
            assertEquals(
                    jp.shomu.ledger.domain.staff.Role.MANAGER,
                    ctx.whoIs("kanri").role());
        }
        assertThrows(
                jp.shomu.ledger.domain.errors.LedgerException.class,
                () -> NewLedger.create(chosen, "other", TestLedger.CLOCK));
    }

    @Test
    void anUnreachableFolderOffersARetryAndCreatesNothing() {
        Path gone = dir.resolve("no-such-server").resolve("share").resolve("ledger.db");
        LocationCheck check = LedgerLocation.check(gone);
        assertEquals(LocationStatus.FOLDER_UNREACHABLE, check.status());
        assertTrue(check.retryMayHelp());
        assertFalse(check.newLedgerPossible());
        assertTrue(check.message().contains("届きません") && check.message().contains("再試行"), check.message());
        assertFalse(Files.exists(gone.getParent()));
    }

    @Test
    void aFolderATextFileAndAnotherAppsDatabaseAreNotLedgersAndStayUnchanged() throws Exception {
        Path text = Files.writeString(dir.resolve("memo.db"), "メモ");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(other);
        for (Path p : List.of(dir, text, other)) {
            LocationCheck check = LedgerLocation.check(p);
            assertEquals(LocationStatus.NOT_A_LEDGER, check.status(), p.toString());
            assertTrue(check.message().contains("ではありません"), check.message());
        }
        assertEquals("メモ", Files.readString(text));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(other)));
        assertFalse(Files.exists(dir.resolve("other.db-journal")));
    }

    @Test
    void aTruncatedLedgerIsDamaged() throws Exception {
        Path ledger;
        try (LedgerContext ctx = TestLedger.create(dir)) {
            ledger = ctx.ledger().file();
        }
        byte[] bytes = Files.readAllBytes(ledger);
        Path cut = Files.write(dir.resolve("cut.db"), java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertEquals(LocationStatus.DAMAGED, LedgerLocation.check(cut).status());
    }

    @Test
    void textThatIsNoPathIsReportedNotThrown() {
        LocationCheck check = LedgerLocation.check("   ");
        assertEquals(LocationStatus.NOT_A_LEDGER, check.status());
        assertTrue(check.message().contains("\\\\サーバー名"), check.message());
    }

    @Test
    void theTimedCheckGivesTheSameAnswerWhenTheFolderAnswersInTime() {
        assertEquals(
                LocationStatus.MISSING_FILE,
                LedgerLocation.check(dir.resolve("x.db"), Duration.ofSeconds(10))
                        .status());
    }
}
