package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a bulk load the statements stay prepared between uses; results must be those of fresh statements. */
class BulkLoadStatementsTest {
    private static final String ROWS = "SELECT x FROM t WHERE x >= ? ORDER BY x";

    @TempDir
    Path dir;

    @Test
    void keptStatementsGiveTheSameRowsEvenNestedAndAfterARollback() {
        try (Ledger ledger = TestBackend.create(dir.resolve("bulk.db"), Clock.systemUTC())) {
            ledger.bulkLoad(() -> {
                ledger.write("test", tx -> Sql.update(tx.connection(), "CREATE TABLE t (x INTEGER)"));
                ledger.write("test", tx -> {
                    for (int x = 1; x <= 3; x++) {
                        Sql.update(tx.connection(), "INSERT INTO t (x) VALUES (?)", x);
                    }
                    return null;
                });
                assertThrows(
                        IllegalStateException.class,
                        () -> ledger.write("test", tx -> {
                            Sql.update(tx.connection(), "INSERT INTO t (x) VALUES (?)", 99);
                            throw new IllegalStateException("rolled back");
                        }));
                // the outer query is still reading when the inner one runs the same SQL: it gets its own statement
                List<List<Long>> nested = ledger.read(c ->
                        Sql.query(c, ROWS, rs -> Sql.query(c, ROWS, in -> in.getLong(1), rs.getLong(1)), 2));
                assertEquals(List.of(List.of(2L, 3L), List.of(3L)), nested);
                assertEquals(List.of(1L, 2L, 3L), ledger.read(c -> Sql.query(c, ROWS, rs -> rs.getLong(1), 0)));
            });
            assertEquals(List.of(3L), ledger.read(c -> Sql.query(c, ROWS, rs -> rs.getLong(1), 3)));
        }
    }
}
