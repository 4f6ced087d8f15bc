package jp.shomu.ledger.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * One open ledger: the single place that opens connections and transactions, following design.md §4
 * (rollback journal, synchronous=FULL, short BEGIN IMMEDIATE writes, optimistic versions, retries with jitter).
 * A ledger on a PostgreSQL server (issue #19) is opened here too: the same one-writer-at-a-time saves (an advisory
 * lock instead of BEGIN IMMEDIATE), the same schema version checks (kept in meta), the same messages.
 */
public final class Ledger implements AutoCloseable {
    /** How long a save may keep retrying before it reports the file as busy. */
    static final long MAX_WAIT_MS = 15_000;

    private final LedgerLocation location;
    private final Connection connection;
    private final Clock clock;
    private final boolean readOnly;
    /** The meta 'archive' note of a fiscal-year archive (read-only by design); null for a working ledger. */
    private final String archiveNote;

    private final ReentrantLock lock = new ReentrantLock();
    private final FairBusyWait busyWait;
    /** Where this process's saves on the file wait their turn; null on a server. */
    private final SaveQueue saveQueue;

    private volatile long lastWriteHoldNanos;
    /** Set by the first {@link #close()} (guarded by {@link #lock}). */
    private boolean closed;
    /** True while this connection is inside a write (guarded by {@link #lock}): a save never starts inside another. */
    private boolean writing;

    private Ledger(
            LedgerLocation location,
            Connection connection,
            FairBusyWait busyWait,
            Clock clock,
            boolean readOnly,
            String archiveNote) {
        this.location = location;
        this.connection = connection;
        this.busyWait = busyWait;
        this.saveQueue = location instanceof LedgerLocation.File f ? SaveQueue.join(f.path()) : null;
        this.clock = clock;
        this.readOnly = readOnly;
        this.archiveNote = archiveNote;
    }

    /** Opens an existing ledger file; a missing, foreign, damaged or newer file is refused and left untouched. */
    public static Ledger open(Path file, Clock clock) {
        return open(LedgerLocation.of(file), clock);
    }

    /** Opens an existing ledger, a file or a server database; a foreign, damaged or newer one is refused untouched. */
    public static Ledger open(LedgerLocation location, Clock clock) {
        if (location instanceof LedgerLocation.Server server) {
            return openOnServer(server, clock);
        }
        Path path = ((LedgerLocation.File) location).path();
        LedgerFileCheck.requireUsable(path);
        boolean readOnly = !Files.isWritable(path);
        FairBusyWait wait = new FairBusyWait(MAX_WAIT_MS);
        Connection c = connect(path, readOnly ? SQLiteOpenMode.READONLY : SQLiteOpenMode.READWRITE, wait);
        try {
            int appId = pragmaInt(c, "application_id");
            int userVersion = pragmaInt(c, "user_version");
            if (appId != Migrations.APPLICATION_ID) {
                throw new LedgerException(
                        LedgerProblem.NOT_A_LEDGER, "庶務台帳のファイルではありません(別のアプリのデータベースです): " + path + "\nファイルは変更していません。");
            }
            if (userVersion > Migrations.CURRENT) {
                throw newerSchema(userVersion);
            }
            if (userVersion < Migrations.CURRENT) {
                if (readOnly) {
                    throw new LedgerException(LedgerProblem.READ_ONLY, "古い形式の台帳を更新するには書き込み権限が必要です: " + path);
                }
                Migrations.migrate(c, userVersion);
            }
            return new Ledger(location, c, wait, clock, readOnly, archiveNote(c));
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(path, e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Ledger openOnServer(LedgerLocation.Server server, Clock clock) {
        return onServer(server, c -> {
            if (PostgresSchema.objectsInPublic(c) == 0) {
                throw new LedgerException(
                        LedgerProblem.MISSING,
                        "このデータベースにはまだ台帳がありません: " + server.display()
                                + "\n場所を確認してください。新しい台帳は管理責任者が「新しい台帳を作る」(または init)で作ります。");
            }
            int[] markAndVersion = PostgresSchema.markAndVersion(c).orElse(new int[] {0, 0});
            if (markAndVersion[0] != Migrations.APPLICATION_ID) {
                throw new LedgerException(
                        LedgerProblem.NOT_A_LEDGER,
                        "このデータベースは庶務台帳ではありません(別のアプリのデータベースです): " + server.display()
                                + "\nデータベースは変更していません。新しい台帳は管理責任者が init で作ります。");
            }
            int userVersion = markAndVersion[1];
            if (userVersion > Migrations.CURRENT) {
                throw newerSchema(userVersion);
            }
            if (userVersion < Migrations.CURRENT) {
                inServerTransaction(c, () -> PostgresSchema.migrate(c, userVersion));
            }
            return new Ledger(server, c, new FairBusyWait(MAX_WAIT_MS), clock, false, archiveNote(c));
        });
    }

    /** A new ledger in an existing, empty server database: every table in one transaction, or nothing. */
    private static Ledger createOnServer(LedgerLocation.Server server, Clock clock) {
        return onServer(server, c -> {
            inServerTransaction(c, () -> {
                PostgresSchema.claimEmpty(
                        c,
                        () -> new LedgerException(
                                LedgerProblem.ALREADY_EXISTS,
                                "データベースが空ではありません。上書きはしません: " + server.display() + "\n新しい台帳には、表のない空のデータベースを指定してください。"));
                PostgresSchema.create(c);
            });
            return new Ledger(server, c, new FairBusyWait(MAX_WAIT_MS), clock, false, null);
        });
    }

    @FunctionalInterface
    private interface Opening {
        Ledger on(Connection c) throws SQLException;
    }

    /** Connects to {@code server} and runs {@code opening}; the connection is closed again if it fails. */
    private static Ledger onServer(LedgerLocation.Server server, Opening opening) {
        Connection c = connectToServer(server);
        try {
            return opening.on(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw PostgresFaults.translate(server.display(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static LedgerException newerSchema(int version) {
        return new LedgerException(
                LedgerProblem.NEWER_SCHEMA,
                "この台帳は新しい版のアプリで作られています(形式 " + version + "、このアプリは " + Migrations.CURRENT
                        + " まで)。アプリを更新してください。台帳は変更していません。");
    }

    /** The meta 'archive' note of a fiscal-year archive, or null for a working ledger. */
    private static String archiveNote(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), ArchiveMark.META_KEY)
                .orElse(null);
    }

    private static Connection connectToServer(LedgerLocation.Server server) {
        try {
            return PostgresConnections.connect(server, false);
        } catch (SQLException e) {
            throw PostgresFaults.translate(server.display(), e);
        }
    }

    @FunctionalInterface
    private interface SchemaWork {
        void run() throws SQLException;
    }

    private static void inServerTransaction(Connection c, SchemaWork work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Creates a new, empty ledger file; refuses to touch an existing file. Only {@code init} calls this. */
    public static Ledger create(Path file, Clock clock) {
        return create(LedgerLocation.of(file), clock);
    }

    /** Creates a new, empty ledger: a file, or the tables in an empty server database; never over existing data. */
    public static Ledger create(LedgerLocation location, Clock clock) {
        if (location instanceof LedgerLocation.Server server) {
            return createOnServer(server, clock);
        }
        Path path = ((LedgerLocation.File) location).path();
        if (Files.exists(path)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "同じ名前のファイルがすでにあります。上書きはしません: " + path);
        }
        if (path.getParent() != null && !Files.isDirectory(path.getParent())) {
            throw new LedgerException(LedgerProblem.UNREACHABLE, "保存先のフォルダがありません: " + path.getParent());
        }
        FairBusyWait wait = new FairBusyWait(MAX_WAIT_MS);
        Connection c = connect(path, SQLiteOpenMode.CREATE, wait);
        try {
            FreePages.enableIncrementalVacuum(c);
            Migrations.migrate(c, 0);
            return new Ledger(location, c, wait, clock, false, null);
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(path, e);
        }
    }

    private static Connection connect(Path path, SQLiteOpenMode mode, FairBusyWait wait) {
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        if (mode == SQLiteOpenMode.READONLY) {
            config.resetOpenMode(SQLiteOpenMode.READWRITE);
            config.setReadOnly(true);
        }
        if (mode == SQLiteOpenMode.CREATE) {
            config.setOpenMode(SQLiteOpenMode.CREATE);
        } else {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(JournalModes.configured());
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        // SQLite's own handler only while the driver applies the pragmas above; FairBusyWait takes over after that
        config.setBusyTimeout((int) MAX_WAIT_MS);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + path);
            // from the first read on, so that opening the file while another PC saves waits instead of failing
            BusyHandler.setHandler(c, wait);
            AuditImages.register(c);
            SearchGrams.register(c);
            return c;
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    /**
     * Removes what a closed ledger file that nobody else knows of (one made under a temporary name) leaves beside
     * it: its save queue file, and its journal once that is empty (never a hot one) or the file itself is gone.
     */
    public static void removeSideFiles(Path ledgerFile) {
        Path journal = ledgerFile.resolveSibling(ledgerFile.getFileName() + "-journal");
        try {
            if (Files.notExists(ledgerFile) || (Files.exists(journal) && Files.size(journal) == 0)) {
                Files.deleteIfExists(journal);
            }
            Files.deleteIfExists(SaveQueue.fileFor(ledgerFile));
        } catch (IOException ignored) {
            // a leftover empty file beside a temporary name is never opened as a ledger
        }
    }

    /** Where this ledger lives: its file or its server database. */
    public LedgerLocation location() {
        return location;
    }

    /**
     * The advisory lock every save on a server takes (the ledger's mark): one writer at a time, as with the file, so the
     * audit chain stays one line. Public for the benchmark's raw writer, which must queue behind the same lock.
     */
    public static final long SERVER_WRITE_LOCK = Migrations.APPLICATION_ID;

    /** The meta key of a server ledger's folder for its archive files (set by a 管理責任者, audited). */
    public static final String ARCHIVE_FOLDER_KEY = "archive_folder";

    /**
     * The folder of the files that belong with this ledger (fiscal-year and audit archives, which are always files a
     * successor can open): the ledger file's own folder, or for a server ledger the folder a 管理責任者 set.
     */
    public Path companionFolder() {
        if (location instanceof LedgerLocation.File f) {
            return f.path().getParent();
        }
        return read(c -> Sql.queryOne(
                        c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), ARCHIVE_FOLDER_KEY))
                .map(Path::of)
                .orElseThrow(() -> new IllegalArgumentException("サーバーの台帳(" + location.display()
                        + ")の保管ファイルを置くフォルダが決まっていません。管理責任者が archive --folder で指定してください。"));
    }

    /** Where those files are, in words: 「台帳と同じフォルダ」, or for a server ledger 「保管フォルダ」. */
    public String companionPlace() {
        return location.isServer() ? "保管フォルダ" : "台帳と同じフォルダ";
    }

    /** A file that belongs with this ledger, named {@code name}, in {@link #companionFolder()}. */
    public Path companion(String name) {
        return companionFolder().resolve(name);
    }

    /** The ledger's short name: the file's name without ".db", or the server database's name. */
    public String stem() {
        if (location instanceof LedgerLocation.Server s) {
            return s.database();
        }
        String name = file().getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    /** True for a ledger on a PostgreSQL server. */
    public boolean isOnServer() {
        return location.isServer();
    }

    /** The ledger's file; a ledger on a server has none, and whatever needs a file refuses it with this message. */
    public Path file() {
        return location.requireFile("この操作");
    }

    public Clock clock() {
        return clock;
    }

    public boolean isReadOnly() {
        return readOnly || archiveNote != null;
    }

    /** True for a fiscal-year archive: it can be read, searched and counted, never changed. */
    public boolean isArchive() {
        return archiveNote != null;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    @FunctionalInterface
    public interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one BEGIN IMMEDIATE transaction as {@code actor}. If another PC holds the file, the
     * whole transaction is retried after a random pause, so no save fails just because others are busy.
     */
    public <T> T write(String actor, Work<T> work) {
        if (archiveNote != null) {
            throw new LedgerException(LedgerProblem.READ_ONLY, ArchiveMark.refusal(location.display(), archiveNote));
        }
        if (readOnly) {
            throw new LedgerException(
                    LedgerProblem.READ_ONLY,
                    "台帳ファイルが読み取り専用のため保存できません: " + location.display() + "\n書き込み権限を確認してください。入力内容は失われていません。");
        }
        long deadline = System.nanoTime() + MAX_WAIT_MS * 1_000_000;
        int attempt = 0;
        while (true) {
            lock.lock();
            if (writing) {
                lock.unlock();
                throw new IllegalStateException("a save cannot start inside another save of the same ledger");
            }
            if (attempt == 0) {
                busyWait.startClock();
            }
            SaveQueue.Turn turn = saveQueue == null ? SaveQueue.Turn.NONE : saveQueue.enter(deadline);
            if (turn == null) {
                lock.unlock();
                throw SqliteFaults.of(file(), SQLiteErrorCode.SQLITE_BUSY.code, "", null);
            }
            try (turn;
                    Statement st = connection.createStatement()) {
                begin(st);
                long locked = System.nanoTime();
                busyWait.committing(true);
                writing = true;
                try {
                    T result = work.run(new Tx(connection, actor, clock));
                    st.execute("COMMIT");
                    lastWriteHoldNanos = System.nanoTime() - locked;
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(st);
                    throw e;
                } finally {
                    writing = false;
                    busyWait.committing(false);
                }
            } catch (SQLException e) {
                if (!isBusy(e) || System.nanoTime() > deadline) {
                    throw translate(e);
                }
            } finally {
                lock.unlock();
            }
            attempt++;
            backOff(attempt);
        }
    }

    /**
     * Starts a save. On the file, BEGIN IMMEDIATE takes the write lock; on a server, one advisory lock per ledger
     * does the same (waiting in the server's queue, at most lock_timeout), so saves stay one at a time and the
     * audit chain one line, exactly as on the share.
     */
    private void begin(Statement st) throws SQLException {
        if (location.isServer()) {
            st.execute("BEGIN");
            st.execute("SELECT pg_advisory_xact_lock(" + SERVER_WRITE_LOCK + ")");
        } else {
            st.execute("BEGIN IMMEDIATE");
        }
    }

    /**
     * Copies the ledger file byte for byte to {@code target}, a new file. Meanwhile the saves of every PC wait in the
     * save queue and a shared lock keeps out any writer that does not queue, while reading goes on. The bytes are read
     * into memory while saves wait and written out after they may go on again (or, for a file too big for this
     * program's memory, copied file to file while they wait). Returns how long saves were held up, in milliseconds.
     */
    public long copyFileTo(Path target) throws IOException {
        Path source = file();
        LedgerFileCopy.InMemory memory =
                LedgerFileCopy.reserve(Files.size(source)).orElse(null);
        lock.lock();
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            busyWait.startClock();
            SaveQueue.Turn turn = saveQueue.enter(System.nanoTime() + MAX_WAIT_MS * 1_000_000);
            if (turn == null) {
                throw SqliteFaults.of(source, SQLiteErrorCode.SQLITE_BUSY.code, "バックアップ", null);
            }
            long held;
            boolean inMemory;
            try (turn;
                    Statement st = connection.createStatement()) {
                long started = System.nanoTime();
                st.execute("BEGIN");
                try {
                    // the first read takes the shared lock (after rolling back what a crashed save left half done)
                    int pageSize = pragmaInt(connection, "page_size");
                    long size = pragmaInt(connection, "page_count") * (long) pageSize;
                    inMemory = memory != null && memory.fits(size);
                    if (inMemory) {
                        memory.read(saveQueue.ledgerBytes(), size, pageSize, LedgerFileCopy.LOCK_PAGE_OFFSET);
                    } else {
                        LedgerFileCopy.copy(
                                saveQueue.ledgerBytes(), out, size, pageSize, LedgerFileCopy.LOCK_PAGE_OFFSET);
                    }
                } finally {
                    rollbackQuietly(st); // ends the read: nothing was written
                }
                held = (System.nanoTime() - started) / 1_000_000;
            } catch (SQLException e) {
                throw translate(e);
            }
            if (inMemory) {
                memory.writeTo(out);
            }
            out.force(true);
            return held;
        } finally {
            lock.unlock();
        }
    }

    /**
     * How long the last successful write on this connection held the file's write lock (from BEGIN IMMEDIATE to
     * the end of COMMIT): every other PC's save waits at least this long, so it is what the benchmark watches.
     */
    public long lastWriteHoldNanos() {
        return lastWriteHoldNanos;
    }

    /**
     * Runs a read in autocommit mode: each statement holds the shared lock only while it runs. Measured against one
     * deferred transaction per read over SMB (PERFORMANCE.md): a monthly report during 35 writers took 14 s instead of
     * 3 s and made saves wait up to 15 s, because a reader holding its lock across statements keeps every COMMIT
     * waiting. Statement by statement, a save slips in between.
     */
    public <T> T read(Read<T> work) {
        long deadline = System.nanoTime() + MAX_WAIT_MS * 1_000_000;
        int attempt = 0;
        while (true) {
            lock.lock();
            if (attempt == 0 && !writing) {
                busyWait.startClock();
            }
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (writing || !isBusy(e) || System.nanoTime() > deadline) {
                    throw translate(e);
                }
            } finally {
                lock.unlock();
            }
            attempt++;
            backOff(attempt);
        }
    }

    /**
     * Runs {@code work} with synchronous=OFF and an in-memory journal: only for filling a new file nobody else has
     * open yet (the sample ledger, benchmarks). A crash in the middle leaves a file to throw away, never a shared one.
     */
    public void bulkLoad(Runnable work) {
        if (location.isServer()) {
            work.run(); // the server's own durability; a new database is filled in ordinary saves
            return;
        }
        setDurability("OFF", "MEMORY");
        Sql.reuseStatements(connection);
        try {
            work.run();
        } finally {
            read(c -> {
                Sql.stopReusing(c);
                return null;
            });
            setDurability("FULL", JournalModes.configured().name());
        }
    }

    private void setDurability(String synchronous, String journalMode) {
        read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA synchronous = " + synchronous);
                st.execute("PRAGMA journal_mode = " + journalMode);
            }
            return null;
        });
    }

    /**
     * Changes when another connection commits: PRAGMA data_version on the file; on a server the audit chain's head
     * (every change is audited). Cheap enough to poll every few seconds.
     */
    public long dataVersion() {
        if (location.isServer()) {
            return read(c -> AuditLog.head(c).seq());
        }
        return read(c -> pragmaInt(c, "data_version"));
    }

    private static void backOff(int attempt) {
        long cap = Math.min(200, 10L << Math.min(attempt, 5));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(LedgerProblem.BUSY, "処理が中断されました");
        }
    }

    static boolean isBusy(SQLException e) {
        if (PostgresFaults.isPostgres(e)) {
            return PostgresFaults.isBusy(e);
        }
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code.code == SQLiteErrorCode.SQLITE_BUSY.code
                    || (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code
                    || (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        return false;
    }

    static LedgerException translate(Path file, SQLException e) {
        if (PostgresFaults.isPostgres(e)) {
            return PostgresFaults.translate("", e);
        }
        return SqliteFaults.translate(file, e);
    }

    private LedgerException translate(SQLException e) {
        if (location instanceof LedgerLocation.File f) {
            return translate(f.path(), e);
        }
        return PostgresFaults.translate(location.display(), e);
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        return Sql.queryOne(c, "PRAGMA " + pragma, rs -> rs.getInt(1)).orElse(0);
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the transaction is already gone (SQLite rolls back on some errors by itself)
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing after a failed open: nothing more to do
        }
    }

    /** How many times this connection asked again for a lock SQLite refused (each a request to the file server). */
    public long lockRetries() {
        return busyWait.retries();
    }

    /** How many saves of this process asked the save queue for their turn (one blocking lock request each). */
    public long queuedSaves() {
        return saveQueue == null ? 0 : saveQueue.waits();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
            if (saveQueue != null && !closed) {
                saveQueue.leave(); // once: a ledger may be closed twice, and the queue counts its users
            }
            closed = true;
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }
}
