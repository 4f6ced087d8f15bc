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

    /** The ledger this user chose last time (a file, or a server database), if any. */
    public Optional<String> recall() {
        return settings.get(KEY).filter(t -> !t.isBlank());
    }

    /** Remembers {@code ledger} for this user (call it once the ledger was opened). */
    public void remember(jp.shomu.ledger.domain.ledger.LedgerLocation ledger) {
        settings.put(KEY, ledger.display());
    }

    /** Remembers the ledger file {@code ledger}. */
    public void remember(Path ledger) {
        remember(jp.shomu.ledger.domain.ledger.LedgerLocation.of(ledger));
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

    /**
     * Parses the text a person typed or pasted (a path, or postgresql://server[:port]/database) and, for a server,
     * checks it at once; an impossible path or URL is reported, not thrown. A file is checked by
     * {@link #check(Path, Duration)}.
     */
    public static LocationCheck check(String typed) {
        if (typed == null || typed.isBlank()) {
            return LocationCheck.of(LocationStatus.NOT_A_LEDGER, null);
        }
        jp.shomu.ledger.domain.ledger.LedgerLocation where;
        try {
            where = jp.shomu.ledger.domain.ledger.LedgerLocation.parse(typed);
        } catch (InvalidPathException e) {
            return LocationCheck.of(LocationStatus.NOT_A_LEDGER, null); // not a path: the message says how one looks
        } catch (IllegalArgumentException e) {
            return new LocationCheck(LocationStatus.NOT_A_LEDGER, null, e.getMessage()); // a malformed server URL
        }
        return where instanceof jp.shomu.ledger.domain.ledger.LedgerLocation.Server server
                ? checkServer(server)
                : check(where.requireFile("台帳の場所の確認"));
    }

    /** Checks typed text: a server at once (its connection has its own timeout), a file giving up after {@code timeout}. */
    public static LocationCheck check(String typed, Duration timeout) {
        LocationCheck parsed = check(typed);
        return parsed.path() == null ? parsed : check(parsed.path(), timeout);
    }

    /** A ledger on a PostgreSQL server: reachable and a ledger, an empty database (a new ledger may go there), or why not. */
    static LocationCheck checkServer(jp.shomu.ledger.domain.ledger.LedgerLocation.Server server) {
        try {
            LedgerProbe.requireOpenable(server);
            return LocationCheck.ofServer(LocationStatus.REACHABLE_LEDGER, server, "");
        } catch (LedgerException e) {
            return LocationCheck.ofServer(LocationStatus.of(e.problem()), server, e.getMessage());
        }
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
}
