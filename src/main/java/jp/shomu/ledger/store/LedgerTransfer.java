package jp.shomu.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Copies a whole ledger to a new, empty location on the other backend (issue #19: migrate, file ⇄ PostgreSQL): every
 * table's rows in one transaction on the target, then, still inside it, every table read back and compared with the
 * source by {@link TableDigest}; a difference rolls everything back. A server target gets its schema in that same
 * transaction, so a failed copy leaves the database as empty as it was; a file target is built under a temporary
 * name and moved into place only when complete. The derived search tables are not copied: the caller rebuilds them
 * (they live in packages that depend on this one).
 */
public final class LedgerTransfer {
    /** Derived from the cases, FAQ and inquiries; on a file also their FTS5 shadow tables (name_data, name_idx, …). */
    private static final List<String> DERIVED = List.of("case_search", "case_gram", "faq_search", "inquiry_search");

    private static final int PROGRESS_EVERY = 20_000;

    private LedgerTransfer() {}

    /** Told how far the copy is: after each step of rows and at the end of every table. */
    @FunctionalInterface
    public interface Progress {
        void copied(String table, long rows, long total);

        /** A step after the rows are copied (rebuilding, comparing, verifying), which takes a while on a big ledger. */
        default void step(String what) {}
    }

    /** Work on the target inside the copy's transaction (the derived tables' rebuild). */
    @FunctionalInterface
    public interface InTarget {
        void run(Tx tx) throws SQLException;
    }

    /** A check of the complete target before it is handed over (a file: before it is moved into place). */
    @FunctionalInterface
    public interface Written {
        void check(LedgerLocation written);
    }

    public record Table(String name, long rows, String sha256) {}

    /** What was copied, table by table in copy order, and the audit chain head both sides have. */
    public record Result(List<Table> tables, AuditLog.Head head) {
        public long rows(String table) {
            return tables.stream()
                    .filter(t -> t.name().equals(table))
                    .mapToLong(Table::rows)
                    .sum();
        }

        public long totalRows() {
            return tables.stream().mapToLong(Table::rows).sum();
        }
    }

    /**
     * Refuses a source this version cannot copy as it is: not a ledger, or a ledger of another schema version (an
     * older file is not migrated here: the copy would then not be of what the source holds).
     */
    public static void requireSameVersion(LedgerLocation source) {
        if (source instanceof LedgerLocation.File f) {
            LedgerProbe.requireOpenable(f.path());
            try (Connection c = openSource(source)) {
                int version = Ledger.pragmaInt(c, "user_version");
                if (version != Migrations.CURRENT) {
                    throw olderSchema(source, version);
                }
            } catch (SQLException e) {
                throw Ledger.translate(f.path(), e);
            }
            return;
        }
        try (Connection c = openSource(source)) {
            int[] markAndVersion = PostgresSchema.markAndVersion(c).orElse(new int[] {0, 0});
            if (markAndVersion[0] != Migrations.APPLICATION_ID) {
                throw new LedgerException(
                        LedgerProblem.NOT_A_LEDGER, "このデータベースは庶務台帳ではありません: " + source.display() + "\nデータベースは変更していません。");
            }
            if (markAndVersion[1] != Migrations.CURRENT) {
                throw olderSchema(source, markAndVersion[1]);
            }
        } catch (SQLException e) {
            throw PostgresFaults.translate(source.display(), e);
        }
    }

    private static LedgerException olderSchema(LedgerLocation source, int version) {
        return new LedgerException(
                LedgerProblem.NEWER_SCHEMA,
                "移行元の台帳の形式(" + version + ")がこのアプリの形式(" + Migrations.CURRENT + ")と違います: " + source.display()
                        + "\n同じ版のアプリで開いて形式をそろえてから移してください。どちらの台帳も変更していません。");
    }

    /**
     * Copies {@code source} into {@code target}, which must be new: a file that does not exist yet (in an existing
     * folder), or a server database with no tables. {@code afterCopy} runs on the target after the rows are in and
     * before the comparison; {@code written} checks the committed target (a file still under its temporary name).
     */
    public static Result copy(
            LedgerLocation source,
            LedgerLocation target,
            String actor,
            Clock clock,
            Progress progress,
            InTarget afterCopy,
            Written written) {
        if (target instanceof LedgerLocation.Server server) {
            Result r = copyToServer(source, server, actor, clock, progress, afterCopy);
            written.check(target);
            return r;
        }
        return copyToFile(source, ((LedgerLocation.File) target).path(), actor, clock, progress, afterCopy, written);
    }

    private static Result copyToServer(
            LedgerLocation source,
            LedgerLocation.Server server,
            String actor,
            Clock clock,
            Progress progress,
            InTarget afterCopy) {
        Connection c;
        try {
            c = PostgresConnections.connect(server, false);
        } catch (SQLException e) {
            throw PostgresFaults.translate(server.display(), e);
        }
        try (c;
                Connection src = openSource(source)) {
            c.setAutoCommit(false);
            try {
                PostgresSchema.claimEmpty(
                        c,
                        () -> new LedgerException(
                                LedgerProblem.ALREADY_EXISTS,
                                "移行先のデータベースが空ではありません。上書きはしません: " + server.display()
                                        + "\n表のない空のデータベースを指定してください(データベースは変更していません)。"));
                PostgresSchema.create(c);
                Result r = copyAll(src, new Tx(c, actor, clock), progress, afterCopy);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(source, server, e);
        }
    }

    private static Result copyToFile(
            LedgerLocation source,
            Path file,
            String actor,
            Clock clock,
            Progress progress,
            InTarget afterCopy,
            Written written) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new LedgerException(LedgerProblem.ALREADY_EXISTS, "移行先に同じ名前のファイルがすでにあります。上書きはしません: " + target);
        }
        Path temp = target.resolveSibling(
                target.getFileName() + ".migrate-" + ProcessHandle.current().pid());
        try {
            Result result;
            try (Ledger ledger = Ledger.create(temp, clock);
                    Connection src = openSource(source)) {
                Result[] r = new Result[1];
                ledger.bulkLoad(() -> r[0] = ledger.write(actor, tx -> copyAll(src, tx, progress, afterCopy)));
                result = r[0];
            } catch (SQLException e) {
                throw translate(source, LedgerLocation.of(target), e);
            }
            written.check(LedgerLocation.of(temp));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("移行先のファイルを作れません: " + target + "(" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(temp);
            Ledger.removeSideFiles(temp);
        }
    }

    /** Everything inside the target's transaction: rows, derived tables, identities, then the comparison. */
    private static Result copyAll(Connection src, Tx tx, Progress progress, InTarget afterCopy) throws SQLException {
        Connection dst = tx.connection();
        boolean fileTarget = !Sql.onServer(dst);
        src.setAutoCommit(false); // one snapshot of the source for the whole copy
        try {
            Map<String, List<String>> tables = sameTables(src, dst);
            if (fileTarget) {
                // the file's tables are in the order its migrations left them, not always parents first
                Sql.update(dst, "PRAGMA defer_foreign_keys = ON");
            }
            Map<String, String> digests = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> t : tables.entrySet()) {
                digests.put(t.getKey(), copyTable(src, dst, t.getKey(), t.getValue(), progress));
            }
            progress.step("検索用の表を作り直しています");
            afterCopy.run(tx);
            if (!fileTarget) {
                restartIdentities(dst, tables.keySet());
            }
            progress.step("移行先を読み直して、表ごとに移行元と比べています");
            List<Table> copied = new ArrayList<>();
            for (Map.Entry<String, List<String>> t : tables.entrySet()) {
                copied.add(compare(src, dst, t.getKey(), t.getValue(), digests.get(t.getKey())));
            }
            AuditLog.Head from = AuditLog.head(src);
            AuditLog.Head to = AuditLog.head(dst);
            if (!from.equals(to)) {
                throw mismatch("監査ログの先頭(移行元 " + from.seq() + "、移行先 " + to.seq() + ")");
            }
            return new Result(copied, to);
        } finally {
            src.rollback();
            src.setAutoCommit(true);
        }
    }

    /** The copied tables in the target's order with the target's columns; refused unless both sides have the same. */
    private static Map<String, List<String>> sameTables(Connection src, Connection dst) throws SQLException {
        List<String> fromTables = copiedTables(src);
        List<String> toTables = copiedTables(dst);
        if (!new HashSet<>(fromTables).equals(new HashSet<>(toTables))) {
            Set<String> differ = new HashSet<>(fromTables);
            differ.addAll(toTables);
            differ.removeIf(t -> fromTables.contains(t) && toTables.contains(t));
            throw differentSchema("表 " + String.join(", ", differ));
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String t : toTables) {
            List<String> columns = TablePager.columns(dst, t);
            if (!new HashSet<>(columns).equals(new HashSet<>(TablePager.columns(src, t)))) {
                throw differentSchema("表 " + t + " の列");
            }
            tables.put(t, columns);
        }
        return tables;
    }

    private static List<String> copiedTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        for (String t : TablePager.tables(c)) {
            if (DERIVED.stream().noneMatch(d -> t.equals(d) || t.startsWith(d + "_"))) {
                tables.add(t);
            }
        }
        return tables;
    }

    /** Copies one table; returns the digest of the rows as read from the source. */
    private static String copyTable(
            Connection src, Connection dst, String table, List<String> columns, Progress progress) throws SQLException {
        long total = TablePager.count(src, table);
        TableDigest digest = new TableDigest();
        boolean meta = table.equals("meta");
        if (!meta) {
            // rows the target's own triggers made from tables copied before (search_field from catalog_version)
            Sql.update(dst, "DELETE FROM " + table);
        }
        boolean compact = table.equals("audit_log") && !Sql.onServer(dst);
        int entity = columns.indexOf("entity");
        int before = columns.indexOf("before");
        int after = columns.indexOf("after");
        try (BatchInsert insert = new BatchInsert(dst, table, columns, meta)) {
            TableDigest.each(src, table, columns, row -> {
                digest.add(row);
                if (compact) {
                    // as the app writes them on a file: a case's images compressed (the hash covers the text)
                    Object[] stored = row.clone();
                    stored[before] = AuditImages.stored((String) row[entity], (String) row[before]);
                    stored[after] = AuditImages.stored((String) row[entity], (String) row[after]);
                    insert.add(stored);
                } else {
                    insert.add(row);
                }
                if (digest.rows() % PROGRESS_EVERY == 0) {
                    progress.copied(table, digest.rows(), total);
                }
            });
        }
        // meta on a server also holds the server's own mark and version, which are not copied
        progress.copied(table, digest.rows(), meta ? digest.rows() : total);
        return digest.hex();
    }

    /** Moves each identity past the copied ids, so the next row added on the server gets a new one. */
    private static void restartIdentities(Connection c, Set<String> tables) throws SQLException {
        for (String table : tables) {
            List<String> identities = Sql.query(
                    c,
                    "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attidentity <> ''",
                    rs -> rs.getString(1),
                    table);
            for (String column : identities) {
                Sql.query(
                        c,
                        "SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(" + column + ") FROM " + table
                                + "), 0) + 1, false)",
                        rs -> rs.getLong(1),
                        table,
                        column);
            }
        }
    }

    private static Table compare(Connection src, Connection dst, String table, List<String> columns, String copied)
            throws SQLException {
        TableDigest there = TableDigest.of(dst, table, columns);
        long rows = there.rows();
        if (!there.hex().equals(copied)) {
            throw mismatch("表 " + table + "(移行先 " + rows + " 行、移行元 " + TablePager.count(src, table) + " 行)");
        }
        return new Table(table, rows, copied);
    }

    private static LedgerException mismatch(String what) {
        return new LedgerException(
                LedgerProblem.VERIFY_FAILED, "移行先を読み直して比べたところ、" + what + "が移行元と一致しません。移行は取り消し、移行先には何も残していません。");
    }

    private static LedgerException differentSchema(String what) {
        return new LedgerException(
                LedgerProblem.NEWER_SCHEMA, "移行元と移行先で台帳の形式が違います(" + what + ")。アプリの版を確かめてください。何も変更していません。");
    }

    /** A connection that only reads the source: a file opened read-only, or the server database. */
    private static Connection openSource(LedgerLocation source) throws SQLException {
        if (source instanceof LedgerLocation.Server server) {
            Connection c = PostgresConnections.connect(server, true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return c;
        }
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setReadOnly(true);
        config.setBusyTimeout((int) Ledger.MAX_WAIT_MS);
        return config.createConnection("jdbc:sqlite:" + ((LedgerLocation.File) source).path());
    }

    /** Names the side that failed when the two are of different kinds; otherwise both. */
    private static LedgerException translate(LedgerLocation source, LedgerLocation target, SQLException e) {
        boolean postgres = PostgresFaults.isPostgres(e);
        LedgerLocation side =
                source.isServer() == target.isServer() ? null : source.isServer() == postgres ? source : target;
        if (postgres) {
            return PostgresFaults.translate(
                    side == null ? source.display() + " / " + target.display() : side.display(), e);
        }
        return Ledger.translate(side instanceof LedgerLocation.File f ? f.path() : null, e);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file beside the target is harmless and named after it
        }
    }
}
