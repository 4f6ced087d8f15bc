package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A ledger on PostgreSQL reaches every version the file does: each SQLite migration after the base has its twin. */
class PostgresSchemaTest {
    @Test
    void everyVersionAfterTheConsolidatedScriptHasItsPostgresScript() {
        assertFalse(PostgresSchema.script("/db/pg/V15__ledger.sql").isBlank());
        for (int v = 16; v <= Migrations.CURRENT; v++) {
            assertFalse(PostgresSchema.script(PostgresSchema.later(v)).isBlank(), "version " + v);
        }
    }
}
