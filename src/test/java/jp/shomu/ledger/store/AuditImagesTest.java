package jp.shomu.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored form of audit images: a case's compact, others as text, the dictionary fixed for good. */
@FileOnly("the file stores case images compressed; a server keeps them as text")
class AuditImagesTest {
    private static final String CASE_IMAGE = Json.write(Map.of(
            "id", "7", "subject", "鉄道 旅費支給 見本7", "status", "IN_PROGRESS", "field.fare", "29600", "version", "3"));

    @Test
    void theDictionaryOfFormatOneNeverChanges() throws Exception {
        try (InputStream in = AuditImages.class.getResourceAsStream("audit-dictionary-1.txt")) {
            byte[] bytes = in.readAllBytes();
            assertEquals(20_191, bytes.length);
            assertEquals(
                    "6350eaf321d2596b0b8fce998a4e2d7baa72d9b2332ee90ed538a91151c21905",
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    @Test
    void aCaseImageIsStoredCompactAndComesBackExactly() {
        byte[] stored = (byte[]) AuditImages.stored("case", CASE_IMAGE);
        assertEquals(AuditImages.DEFLATE_V1, stored[0]);
        assertTrue(stored.length < CASE_IMAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
        assertEquals(CASE_IMAGE, AuditImages.text(stored));
        assertArrayEquals(stored, (byte[]) AuditImages.stored("case", AuditImages.text(stored)));
    }

    @Test
    void otherImagesAndNullStayAsTheyAre() {
        assertEquals("{\"login\":\"a\"}", AuditImages.stored("staff", "{\"login\":\"a\"}"));
        assertNull(AuditImages.stored("case", null));
        assertNull(AuditImages.text(null));
        assertEquals("{}", AuditImages.text("{}"));
    }

    @Test
    void bytesOfAnUnknownFormatOrCutShortAreRefused() {
        byte[] stored = (byte[]) AuditImages.stored("case", CASE_IMAGE);
        byte[] unknown = stored.clone();
        unknown[0] = 2;
        assertThrows(IllegalArgumentException.class, () -> AuditImages.text(unknown));
        byte[] cut = java.util.Arrays.copyOf(stored, stored.length / 2);
        assertThrows(IllegalArgumentException.class, () -> AuditImages.text(cut));
    }

    @Test
    void sqlReadsTheTextThroughAuditText(@TempDir Path dir) {
        try (Ledger ledger = TestBackend.create(dir.resolve("l.db"), Clock.systemUTC())) {
            ledger.write("manager", tx -> {
                tx.audit("case", 7, "登録", null, CASE_IMAGE);
                tx.audit("staff", 1, "登録", null, "{\"login\":\"a\"}");
                return null;
            });
            assertEquals(
                    java.util.List.of("blob", "text"),
                    ledger.read(c ->
                            Sql.query(c, "SELECT typeof(after) FROM audit_log ORDER BY seq", rs -> rs.getString(1))));
            assertEquals(
                    java.util.List.of("鉄道 旅費支給 見本7", "a"),
                    ledger.read(c -> Sql.query(
                            c,
                            "SELECT coalesce(json_extract(audit_text(after), '$.subject'),"
                                    + " json_extract(audit_text(after), '$.login')) FROM audit_log ORDER BY seq",
                            rs -> rs.getString(1))));
            assertTrue(AuditLog.verify(ledger).isEmpty());
        }
    }
}
