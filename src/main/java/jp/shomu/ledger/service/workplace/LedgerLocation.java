package jp.shomu.ledger.service.workplace;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.store.LedgerProbe;

/**
 * Where this user's ledger is (often a UNC path such as \\server\share\shomu\ledger.db): remembered per user, and
 * checked before the app opens it. Nothing here ever creates a ledger; only a 管理責任者's explicit "new ledger"
 * (init) does.
 */
public final class LedgerLocation {
    static final String KEY = "ledger.path";

    private final UserSettings settings;

    public LedgerLocation(UserSettings settings) {
        this.settings = settings;
    }

    public static LedgerLocation forCurrentUser() {
        return new LedgerLocation(UserSettings.forCurrentUser());
    }

    /** The ledger this user chose last time, if any. */
    public Optional<Path> recall() {
        return settings.get(KEY).flatMap(LedgerLocation::toPath);
    }

    /** Remembers {@code ledger} for this user (call it once the ledger was opened). */
    public void remember(Path ledger) {
        settings.put(KEY, ledger.toAbsolutePath().toString());
    }

    public void forget() {
        settings.put(KEY, null);
    }

    /** Classifies the chosen path; reads at most the file's header and never writes. May block on a dead share. */
    public static LocationCheck check(Path candidate) {
        Path path = candidate.toAbsolutePath();
        Path folder = path.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return LocationCheck.of(LocationStatus.FOLDER_UNREACHABLE, path);
        }
        if (Files.isDirectory(path)) {
            return LocationCheck.of(LocationStatus.NOT_A_LEDGER, path);
        }
        if (!Files.exists(path)) {
            return LocationCheck.of(LocationStatus.MISSING_FILE, path);
        }
        try {
            LedgerProbe.requireOpenable(path);
            return LocationCheck.of(LocationStatus.REACHABLE_LEDGER, path);
        } catch (LedgerException e) {
            return LocationCheck.of(LocationStatus.of(e.problem()), path);
        }
    }

    /** Parses the text a person typed or pasted; an impossible path is reported, not thrown. */
    public static LocationCheck check(String typed) {
        return toPath(typed)
                .map(LedgerLocation::check)
                .orElseGet(() -> LocationCheck.of(LocationStatus.NOT_A_LEDGER, null));
    }

    /**
     * Like {@link #check(Path)}, but gives up after {@code timeout}: Windows may wait a minute for a file server that
     * is switched off, and the person should hear "届きません" and be offered a retry long before.
     */
    public static LocationCheck check(Path candidate, Duration timeout) {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ledger-location-check");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<LocationCheck> result = executor.submit(() -> check(candidate));
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return LocationCheck.of(LocationStatus.FOLDER_UNREACHABLE, candidate.toAbsolutePath());
        } catch (ExecutionException e) {
            return LocationCheck.of(LocationStatus.FOLDER_UNREACHABLE, candidate.toAbsolutePath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LocationCheck.of(LocationStatus.FOLDER_UNREACHABLE, candidate.toAbsolutePath());
        } finally {
            executor.shutdownNow();
        }
    }

    private static Optional<Path> toPath(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
