package jp.shomu.ledger.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save dialogs open in the folder used last, else in the documents folder, never in the app's working folder. */
class SaveFolderTest {
    @TempDir
    Path home;

    @Test
    void theLastFolderUsedWinsThenTheDocumentsFolderThenHome() throws IOException {
        assertEquals(home.toFile(), FxDialogService.startFolder(Optional.empty(), home));
        Path docs = Files.createDirectory(home.resolve("Documents"));
        assertEquals(docs.toFile(), FxDialogService.startFolder(Optional.empty(), home));
        Path last = Files.createDirectory(home.resolve("reports"));
        assertEquals(last.toFile(), FxDialogService.startFolder(Optional.of(last.toString()), home));
        assertEquals(
                docs.toFile(),
                FxDialogService.startFolder(Optional.of(home.resolve("gone").toString()), home),
                "a folder that no longer exists is not offered");
    }
}
