package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The row digest migrate compares with: the same rows give the same digest whatever the backend's types. */
class TableDigestTest {
    private static String digest(Object[]... rows) {
        TableDigest d = new TableDigest();
        for (Object[] row : rows) {
            d.add(row);
        }
        return d.hex();
    }

    @Test
    void valuesCountAsTheirText() {
        assertEquals(
                digest(new Object[] {1L, "件名", new byte[] {1, 2}}),
                digest(new Object[] {Integer.valueOf(1), "件名", new byte[] {1, 2}}),
                "SQLite's Integer and PostgreSQL's Long");
    }

    @Test
    void anyChangeShows() {
        String base = digest(new Object[] {1L, "ab", "c"}, new Object[] {2L, null, ""});
        assertNotEquals(base, digest(new Object[] {1L, "a", "bc"}, new Object[] {2L, null, ""}), "where a value ends");
        assertNotEquals(base, digest(new Object[] {1L, "ab", "c"}, new Object[] {2L, "", ""}), "null is not empty");
        assertNotEquals(base, digest(new Object[] {1L, "ab", "c"}), "a missing row");
        assertNotEquals(base, digest(new Object[] {2L, null, ""}, new Object[] {1L, "ab", "c"}), "the order");
        assertNotEquals(base, digest(new Object[] {1L, "ab", "c"}, new Object[] {2L, null, "", null}), "a column more");
    }
}
