package jp.shomu.ledger.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import jp.shomu.ledger.domain.audit.AuditEntities;
import org.sqlite.Function;

/**
 * How the audit trail stores its before and after images. A case's images, the bulk of the trail, are kept as a
 * BLOB: one format byte ({@link #DEFLATE_V1}) and the canonical JSON compressed with raw deflate against a fixed
 * dictionary of typical case images ({@code audit-dictionary-1.txt}, never to be changed: a new dictionary gets a
 * new format byte). Every other image, and every row written before compaction, is the JSON as TEXT. Either way the
 * row's hash covers the JSON text, so a compact row proves exactly what the text did; readers get the text back
 * through {@link #text(Object)} in Java or {@code audit_text(column)} in SQL.
 */
public final class AuditImages {
    /** The SQL function every ledger connection has: the JSON text of a stored image (text as it is, null as null). */
    public static final String SQL_FUNCTION = "audit_text";

    /** Format byte: raw deflate (level 9) of the UTF-8 JSON with the version 1 dictionary. */
    static final byte DEFLATE_V1 = 1;

    /** The entities whose images are compacted: case rows are about 90 % of the trail's image bytes. */
    static final Set<String> COMPACTED = Set.of(AuditEntities.CASE);

    private static final byte[] DICTIONARY_V1 = dictionary("audit-dictionary-1.txt");

    private AuditImages() {}

    /** The value to store for {@code image} of a row about {@code entity}: a compact BLOB, or the text as it is. */
    public static Object stored(String entity, String image) {
        if (image == null || !COMPACTED.contains(entity)) {
            return image;
        }
        return compact(image);
    }

    static byte[] compact(String image) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setDictionary(DICTIONARY_V1);
            deflater.setInput(image.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(image.length() / 2 + 16);
            out.write(DEFLATE_V1);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The JSON text of a stored image. A BLOB that is not a compact image this version knows is refused with
     * {@link IllegalArgumentException}: the chain walk reports it as a broken row.
     */
    public static String text(Object stored) {
        if (stored == null || stored instanceof String) {
            return (String) stored;
        }
        if (!(stored instanceof byte[] blob)) {
            return stored.toString();
        }
        if (blob.length == 0 || blob[0] != DEFLATE_V1) {
            throw new IllegalArgumentException("監査ログの画像の形式が不明です(先頭 " + (blob.length == 0 ? "なし" : blob[0]) + ")");
        }
        Inflater inflater = new Inflater(true);
        try {
            // raw deflate carries no dictionary id: the format byte says which one, set before the first byte
            inflater.setDictionary(DICTIONARY_V1);
            inflater.setInput(blob, 1, blob.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(blob.length * 4);
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("監査ログの画像が途中で切れています");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("監査ログの画像を読めません: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** The JSON text of image column {@code column} of the current row. */
    public static String text(ResultSet rs, int column) throws SQLException {
        return text(rs.getObject(column));
    }

    /**
     * The JSON text of image column {@code column}, or, for bytes that are no compact image, a JSON object (with a key
     * no image has) that no hash and no row can match: where the trail is checked, an unreadable image counts as an
     * altered one.
     */
    public static String textForCheck(ResultSet rs, int column) throws SQLException {
        try {
            return text(rs, column);
        } catch (IllegalArgumentException e) {
            return Json.write(java.util.Map.of("\u0000unreadable", e.getMessage()));
        }
    }

    /** Gives a connection {@code audit_text(x)}. */
    static void register(Connection c) throws SQLException {
        Function.create(c, SQL_FUNCTION, new TextFunction(), 1, Function.FLAG_DETERMINISTIC);
    }

    /**
     * audit_text(x) for SQL. The last image decoded is kept: a query that extracts many fields of one image (the
     * case table as of a month's end) calls it once per field with the same BLOB.
     */
    private static final class TextFunction extends Function {
        private static final int SQLITE_BLOB = 4;
        private static final int SQLITE_NULL = 5;
        private byte[] lastBlob;
        private String lastText;

        @Override
        protected void xFunc() throws SQLException {
            int type = value_type(0);
            if (type == SQLITE_NULL) {
                result();
                return;
            }
            if (type != SQLITE_BLOB) {
                result(value_text(0));
                return;
            }
            byte[] blob = value_blob(0);
            if (!Arrays.equals(blob, lastBlob)) {
                try {
                    lastText = text(blob);
                } catch (IllegalArgumentException e) {
                    throw new SQLException(e.getMessage(), e);
                }
                lastBlob = blob;
            }
            result(lastText);
        }
    }

    private static byte[] dictionary(String name) {
        try (InputStream in = AuditImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("監査ログの辞書がありません: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
