package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.TestBackend;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look at a ledger's bytes before SQLite opens it, while another PC may be committing. */
@FileOnly("the bytes of a SQLite file cut short")
class LedgerFileCheckTest {
    @TempDir
    Path dir;

    private byte[] ledgerBytes() throws IOException {
        Path file = dir.resolve("ledger.db");
        TestLedgers.create(file, Clock.systemUTC()).close();
        return Files.readAllBytes(file);
    }

    @Test
    void aFileThatCatchesUpWithItsHeaderIsOpenedNotCalledDamaged() throws Exception {
        byte[] whole = ledgerBytes();
        Path growing = dir.resolve("growing.db");
        // what another PC's commit leaves for a moment: page 1 already counts the pages still being appended
        Files.write(growing, Arrays.copyOf(whole, whole.length - 4096));
        CompletableFuture<Void> commitEnds = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(300);
                Files.write(
                        growing,
                        Arrays.copyOfRange(whole, whole.length - 4096, whole.length),
                        StandardOpenOption.APPEND);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        LedgerFileCheck.requireUsable(growing);
        commitEnds.join();
        try (Ledger ledger = TestBackend.open(growing, Clock.systemUTC())) {
            assertEquals(whole.length / 4096, (int) ledger.read(c -> Ledger.pragmaInt(c, "page_count")));
        }
    }

    @Test
    void aFileThatStaysCutShortIsRefusedAndLeftAsItWas() throws Exception {
        byte[] whole = ledgerBytes();
        Path cut = dir.resolve("cut.db");
        byte[] shortened = Arrays.copyOf(whole, whole.length - 4096);
        Files.write(cut, shortened);

        LedgerException e = assertThrows(LedgerException.class, () -> LedgerFileCheck.requireUsable(cut));
        assertEquals(LedgerProblem.DAMAGED, e.problem());
        assertArrayEquals(shortened, Files.readAllBytes(cut));
    }
}
