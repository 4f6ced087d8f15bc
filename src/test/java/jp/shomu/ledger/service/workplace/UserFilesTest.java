package jp.shomu.ledger.service.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own folders: where they are, who may read them, and that scratch files do not outlive the app. */
class UserFilesTest {
    @TempDir
    Path dir;

    @Test
    void onWindowsSettingsRoamAndDraftsStayOnThePc() {
        UserFiles f = UserFiles.of(
                Map.of(
                        "APPDATA",
                        dir.resolve("Roaming").toString(),
                        "LOCALAPPDATA",
                        dir.resolve("Local").toString()),
                "Windows 11",
                dir.toString());
        assertEquals(dir.resolve("Roaming/ShomuLedger"), f.settingsFolder());
        assertEquals(dir.resolve("Local/ShomuLedger/drafts"), f.draftsFolder());
        assertTrue(f.tempFolder().startsWith(dir.resolve("Local/ShomuLedger/tmp")));
    }

    @Test
    void elsewhereEverythingIsInAHiddenFolderOnlyItsOwnerCanRead() throws Exception {
        UserFiles f = UserFiles.of(Map.of(), "Linux", dir.toString());
        Path drafts = f.draftsFolder();
        assertEquals(dir.resolve(".shomu-ledger/drafts"), drafts);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(drafts)));
        assertEquals(
                "rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".shomu-ledger"))));
    }

    @Test
    void scratchFilesOfEndedRunsAreRemovedAndThoseOfThisRunWhenItEnds() throws Exception {
        UserFiles f = new UserFiles(dir, dir);
        Path crashed = Files.createDirectories(dir.resolve("tmp/999999999"));
        Files.writeString(crashed.resolve("poi-sxssf-sheet.xml.gz"), "personal data");
        Path mine = f.tempFolder();
        Files.writeString(mine.resolve("export.tmp"), "personal data");
        f.removeLeftoverTemp();
        assertFalse(Files.exists(crashed), "a run that is gone leaves nothing behind");
        assertTrue(Files.exists(mine.resolve("export.tmp")), "a running app keeps its own files");
        f.removeOwnTemp();
        assertFalse(Files.exists(mine));
    }
}
