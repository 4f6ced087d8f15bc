package jp.shomu.ledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts sqlite-jdbc's native library in one per-user, per-version folder and points the driver at it. By default
 * every process extracts its own copy into the temp folder and deletes the others' copies on start, so PCs or
 * benchmark processes starting together race and log errors (or fail to load).
 */
final class NativeSqlite {
    private static boolean prepared;

    private NativeSqlite() {}

    static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        prepared = true;
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        Path dir = baseFolder().resolve("native").resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path lib = dir.resolve(name);
        try (InputStream in =
                SQLiteJDBCLoader.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource)) {
            if (in == null) {
                return;
            }
            byte[] bytes = in.readAllBytes();
            if (!Files.exists(lib) || Files.size(lib) != bytes.length) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                Files.write(part, bytes);
                try {
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | java.nio.file.AccessDeniedException raced) {
                    Files.deleteIfExists(part);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException e) {
            // no writable profile folder: the driver falls back to its own extraction into the temp folder
        }
    }

    /** %LOCALAPPDATA%\ShomuLedger on Windows (machine-local, not roamed), ~/.shomu-ledger elsewhere. */
    private static Path baseFolder() {
        String local = System.getenv("LOCALAPPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && local != null) {
            return Path.of(local, "ShomuLedger");
        }
        return Path.of(System.getProperty("user.home"), ".shomu-ledger");
    }
}
