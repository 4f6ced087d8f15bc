package jp.shomu.ledger.service.workplace;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The per-user settings file in the user's profile, never on the share: %APPDATA%\ShomuLedger\settings.properties on
 * Windows, ~/.shomu-ledger/settings.properties elsewhere. An upgrade or removal of the app leaves it alone.
 */
public final class UserSettings {
    public static final String FILE_NAME = "settings.properties";

    private final Path file;

    public UserSettings(Path file) {
        this.file = file;
    }

    /** The settings file of the person running the app. */
    public static UserSettings forCurrentUser() {
        return new UserSettings(
                defaultFile(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
    }

    /** Where the settings live for this OS, environment and home folder. */
    static Path defaultFile(String osName, Map<String, String> env, String userHome) {
        String appData = env.get("APPDATA");
        if (osName.startsWith("Windows") && appData != null && !appData.isBlank()) {
            return Path.of(appData, "ShomuLedger", FILE_NAME);
        }
        return Path.of(userHome, ".shomu-ledger", FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key)).filter(v -> !v.isBlank());
    }

    /** Sets one value and keeps every other one; the file is replaced in one step, so it is never half written. */
    public void put(String key, String value) {
        Properties p = load();
        if (value == null) {
            p.remove(key);
        } else {
            p.setProperty(key, value);
        }
        save(p);
    }

    private Properties load() {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("設定ファイルを読めません: " + file, e);
        }
        return p;
    }

    private void save(Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    p.store(w, "庶務台帳 (Shomu Ledger) の個人設定");
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("設定ファイルに書けません: " + file, e);
        }
    }
}
