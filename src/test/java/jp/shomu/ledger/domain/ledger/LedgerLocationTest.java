package jp.shomu.ledger.domain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a person may type as a ledger's place: every spelling of a server URL, and what is refused. */
class LedgerLocationTest {
    @Test
    void aServerIsReadInAnyLetterCaseWithOrWithoutPortAndShownWithoutTheDefaultPort() {
        assertEquals(
                new LedgerLocation.Server("db.city.lg.jp", 5432, "shomu"),
                LedgerLocation.parse("postgresql://db.city.lg.jp/shomu"));
        assertEquals(
                new LedgerLocation.Server("10.0.0.5", 6543, "shomu_2027"),
                LedgerLocation.parse(" PostgreSQL://10.0.0.5:6543/shomu_2027/ "));
        assertEquals(
                new LedgerLocation.Server("[::1]", 5432, "shomu"), LedgerLocation.parse("postgresql://[::1]/shomu"));
        assertEquals(
                "postgresql://db/shomu",
                LedgerLocation.parse("postgresql://db:5432/shomu").display());
        assertEquals(
                "postgresql://db:6543/shomu",
                LedgerLocation.parse("postgresql://db:6543/shomu").shortName());
    }

    @Test
    void credentialsQueriesAMissingDatabaseAndImpossiblePortsAreRefusedInJapanese() {
        for (String typed : new String[] {
            "postgresql://user:secret@db/shomu", // a password never belongs to the location
            "postgresql://db/shomu?sslmode=disable",
            "postgresql://db/",
            "postgresql://db",
            "postgresql:///shomu",
            "postgresql://db/two/parts",
            "postgresql://db:0/shomu",
            "postgresql://db:70000/shomu"
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> LedgerLocation.parse(typed), typed);
            assertTrue(
                    e.getMessage().contains("postgresql://") || e.getMessage().contains("ポート"), e.getMessage());
        }
    }

    @Test
    void anythingElseIsAFileWhoseShortNameIsItsName() {
        LedgerLocation file = LedgerLocation.parse("share/shomu/ledger.db");
        assertInstanceOf(LedgerLocation.File.class, file);
        assertEquals(Path.of("share/shomu/ledger.db").toAbsolutePath(), file.requireFile("テスト"));
        assertEquals("ledger.db", file.shortName());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LedgerLocation.parse("postgresql://db/shomu").requireFile("バックアップ"));
        assertTrue(e.getMessage().startsWith("バックアップはファイルの台帳(.db)だけで使えます"), e.getMessage());
    }
}
