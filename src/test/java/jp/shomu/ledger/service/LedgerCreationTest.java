package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.store.LedgerException;
import jp.shomu.ledger.store.LedgerProblem;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCreationTest {
    @TempDir
    Path dir;

    @Test
    void theCreatorBecomesManagerAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("new.db");
        LedgerCreation.create(file, "tanaka", LedgerFixture.CLOCK, false);
        try (LedgerContext ctx = LedgerContext.open(file, LedgerFixture.CLOCK)) {
            assertEquals(Role.MANAGER, ctx.whoIs("tanaka").role());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("existing.db");
        Files.writeString(file, "not a ledger");
        byte[] before = Files.readAllBytes(file);
        LedgerException e = assertThrows(LedgerException.class,
                () -> LedgerCreation.create(file, "tanaka", LedgerFixture.CLOCK, false));
        assertEquals(LedgerProblem.ALREADY_EXISTS, e.problem());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
