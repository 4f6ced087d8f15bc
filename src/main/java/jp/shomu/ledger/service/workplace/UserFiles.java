package jp.shomu.ledger.service.workplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;

/**
 * Where the app keeps files on the user's own PC: settings, drafts and the scratch files of exports, only inside the
 * user's profile and never in a shared or system-wide temp folder. On Windows settings go to %APPDATA%\ShomuLedger;
 * drafts and scratch files, which may hold personal data, to %LOCALAPPDATA%\ShomuLedger, which a roaming profile
 * does not copy to the profile server. Elsewhere everything is under ~/.shomu-ledger, readable by its owner only.
 */
public final class UserFiles {
    static final String WINDOWS_FOLDER = "ShomuLedger";
    static final String UNIX_FOLDER = ".shomu-ledger";

    private final Path settingsRoot;
    private final Path localRoot;

    public UserFiles(Path settingsRoot, Path localRoot) {
        this.settingsRoot = settingsRoot;
        this.localRoot = localRoot;
    }

    public static UserFiles forThisUser() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static UserFiles of(Map<String, String> env, String osName, String home) {
        if (osName.startsWith("Windows")) {
            String roaming = env.getOrDefault(
                    "APPDATA", Path.of(home, "AppData", "Roaming").toString());
            String local = env.getOrDefault("LOCALAPPDATA", roaming);
            return new UserFiles(Path.of(roaming, WINDOWS_FOLDER), Path.of(local, WINDOWS_FOLDER));
        }
        Path root = Path.of(home, UNIX_FOLDER);
        return new UserFiles(root, root);
    }

    /** Settings such as the last ledger opened and window sizes. Created if missing. */
    public Path settingsFolder() {
        return ensure(settingsRoot);
    }

    /** Unsaved input kept while the ledger cannot be reached; a draft is deleted once saved. Created if missing. */
    public Path draftsFolder() {
        return ensure(localRoot.resolve("drafts"));
    }

    /** This process's scratch folder (e.g. for Excel exports being written), removed when the app ends. */
    public Path tempFolder() {
        return ensure(tempRoot().resolve(Long.toString(ProcessHandle.current().pid())));
    }

    /** Removes the scratch folders of app processes that are no longer running (after a crash or power cut). */
    public void removeLeftoverTemp() {
        Path root = tempRoot();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(f -> !runningProcess(f.getFileName().toString())).forEach(UserFiles::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // housekeeping only: what is left now is tried again at the next start
        }
    }

    /** Removes this process's scratch folder; called when the app ends. */
    public void removeOwnTemp() {
        deleteTree(tempRoot().resolve(Long.toString(ProcessHandle.current().pid())));
    }

    private Path tempRoot() {
        return localRoot.resolve("tmp");
    }

    private static boolean runningProcess(String name) {
        try {
            long pid = Long.parseLong(name);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Creates {@code folder} (owner-only where the file system knows owners) or says in Japanese why it cannot. */
    static Path ensure(Path folder) {
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                var ownerOnly = PosixFilePermissions.fromString("rwx------");
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(ownerOnly));
                Files.setPosixFilePermissions(folder, ownerOnly);
            } else {
                Files.createDirectories(folder);
            }
            return folder;
        } catch (IOException | SecurityException e) {
            throw new LedgerException(
                    LedgerProblem.UNREACHABLE,
                    "この PC の利用者用フォルダを作れません: " + folder + "\n設定・下書き・出力の作業ファイルをここに置くため、"
                            + "フォルダがないとアプリを使えません。ホームフォルダ(プロファイル)の書き込み権限と空き容量を、"
                            + "PC の管理者に確かめてもらってください。",
                    e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // another app starting at the same moment is removing the same leftover folder
        }
    }
}
