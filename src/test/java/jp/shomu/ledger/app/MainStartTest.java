package jp.shomu.ledger.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shomu.ledger.service.workplace.UserFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting on a PC where the user's own folder cannot be made: a message and exit 2, never a stack trace. */
class MainStartTest {
    @Test
    void aHomeFolderThatCannotBeCreatedGivesAMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home"), "a file where the profile folder should be");
        UserFiles files = new UserFiles(notAFolder.resolve("settings"), notAFolder.resolve("local"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.prepare(files, new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code);
        assertTrue(said.startsWith("エラー: この PC の利用者用フォルダを作れません: "), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }
}
