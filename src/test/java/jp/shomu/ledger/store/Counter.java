package jp.shomu.ledger.store;

/** A read-modify-write save (a counter in meta): two saves that overlapped would lose a count. */
final class Counter {
    private Counter() {}

    static void bump(Ledger ledger) {
        ledger.write("test", tx -> {
            long n = Sql.queryOne(tx.connection(), "SELECT value FROM meta WHERE key = 'n'", rs -> rs.getLong(1))
                    .orElse(0L);
            Sql.update(
                    tx.connection(), "INSERT OR REPLACE INTO meta(key, value) VALUES ('n', ?)", String.valueOf(n + 1));
            return null;
        });
    }

    static long count(Ledger ledger) {
        return ledger.read(c -> Sql.queryOne(c, "SELECT value FROM meta WHERE key = 'n'", rs -> rs.getLong(1)))
                .orElse(0L);
    }
}
