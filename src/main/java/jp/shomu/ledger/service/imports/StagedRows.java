package jp.shomu.ledger.service.imports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checked rows of an import, kept in a temporary file on this PC between the check and the write, so the write
 * (which holds the ledger's lock) registers exactly what was checked without reading or checking the file again,
 * and memory stays small however long the file. The temporary file is deleted when closed.
 */
public final class StagedRows implements AutoCloseable {
    private final Path file;
    private DataOutputStream out;
    private long count;

    /** @param folder where to keep the file: the user's private scratch folder in the app; null for the JVM's temp */
    public StagedRows(Path folder) {
        try {
            Path dir = folder != null ? folder : Path.of(System.getProperty("java.io.tmpdir"));
            // owner-only where the file system knows POSIX permissions; on Windows the profile folder's ACL applies
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
            file = posix
                    ? Files.createTempFile(
                            dir,
                            "shomu-import-",
                            ".bin",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, "shomu-import-", ".bin");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("取込みの一時ファイルを作れません", e);
        }
    }

    /** A checked row ready to register. */
    public record Staged(int row, String typeCode, String subject, Map<String, String> fields) {}

    public void add(RowValidator.ValidRow row) {
        try {
            out.writeInt(row.row());
            text(row.type().code());
            text(row.subject());
            out.writeInt(row.fields().size());
            for (Map.Entry<String, String> e : row.fields().entrySet()) {
                text(e.getKey());
                text(e.getValue());
            }
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("取込みの一時ファイルに書けません", e);
        }
    }

    public long count() {
        return count;
    }

    @FunctionalInterface
    public interface StagedHandler {
        void accept(Staged row) throws java.sql.SQLException;
    }

    /** Reads the rows back in order. */
    public void forEach(StagedHandler handler) throws java.sql.SQLException {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            try (DataInputStream in =
                    new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                while (true) {
                    int row;
                    try {
                        row = in.readInt();
                    } catch (EOFException end) {
                        return;
                    }
                    String type = text(in);
                    String subject = text(in);
                    int n = in.readInt();
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        fields.put(text(in), text(in));
                    }
                    handler.accept(new Staged(row, type, subject, fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("取込みの一時ファイルを読めません", e);
        }
    }

    private void text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // deleteOnExit removes it when the app ends
        }
    }
}
