package jp.shomu.ledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a ledger file an archive: a meta row naming the year and the ledger it came from. A file so marked
 * opens for reading only ({@link Ledger#write} refuses), whoever may write the file itself. A fiscal-year archive
 * holds a year's finished cases with its own audit chain; an audit archive holds the ledger's own audit rows up to
 * a checkpoint at the end of that year, with their original hashes.
 *
 * @param fiscalYear the 年度 (April {@code fiscalYear} to March {@code fiscalYear + 1}) whose finished cases it holds,
 *                   or, for an audit archive, the year at whose end its rows stop
 * @param source     the file name of the ledger the rows were moved from
 * @param createdAt  when the archive was made (ISO instant)
 * @param createdBy  the login of the 管理責任者 who made it
 * @param contents   {@link #CASES} or {@link #AUDIT_TRAIL}
 */
public record ArchiveMark(int fiscalYear, String source, String createdAt, String createdBy, String contents) {
    static final String META_KEY = "archive";
    public static final String CASES = "cases";
    public static final String AUDIT_TRAIL = "audit";

    public boolean holdsAuditTrailOnly() {
        return AUDIT_TRAIL.equals(contents);
    }

    public String toJson() {
        return Json.write(Map.of(
                "fiscalYear",
                Integer.toString(fiscalYear),
                "source",
                source,
                "createdAt",
                createdAt,
                "createdBy",
                createdBy,
                "contents",
                contents));
    }

    static ArchiveMark parse(String json) {
        Map<String, String> m = Json.readFlat(json);
        return new ArchiveMark(
                Integer.parseInt(m.getOrDefault("fiscalYear", "0")),
                m.getOrDefault("source", ""),
                m.getOrDefault("createdAt", ""),
                m.getOrDefault("createdBy", ""),
                m.getOrDefault("contents", CASES));
    }

    /** The mark of an open ledger, if it is an archive. */
    public static Optional<ArchiveMark> of(Ledger ledger) {
        return ledger.read(
                        c -> Sql.queryOne(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), META_KEY))
                .map(ArchiveMark::parse);
    }

    /** Marks the fiscal-year archive being built as an archive; the last write it ever receives. */
    public static void mark(Tx tx, ArchiveMark mark) throws SQLException {
        Sql.update(tx.connection(), "INSERT INTO meta(key, value) VALUES (?, ?)", META_KEY, mark.toJson());
        tx.audit("archive", "FY" + mark.fiscalYear(), "保管ファイルとして確定", null, mark.toJson());
    }

    /**
     * Marks an audit archive being built, without an audit entry: its chain is the ledger's, moved, and nothing may
     * be appended to it. The ledger's own trail records the archive with its SHA-256.
     */
    public static void markAuditArchive(Connection c, ArchiveMark mark) throws SQLException {
        Sql.update(c, "INSERT INTO meta(key, value) VALUES (?, ?)", META_KEY, mark.toJson());
    }

    static String refusal(String file, String note) {
        ArchiveMark mark = parse(note);
        String what = mark.holdsAuditTrailOnly()
                ? mark.fiscalYear() + "年度末までの監査ログの保管ファイル"
                : mark.fiscalYear() + "年度の保管ファイル(アーカイブ)";
        return "このファイルは " + what + "のため、読み取り専用です。変更はできません: " + file + "\n閲覧・検索・集計はできます。作業は元の台帳(" + mark.source()
                + ")で行ってください。";
    }
}
