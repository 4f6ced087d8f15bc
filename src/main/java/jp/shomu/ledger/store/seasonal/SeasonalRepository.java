package jp.shomu.ledger.store.seasonal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalOccurrence;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The seasonal calendar's setups and the runs that happened (V12), every change audited. */
public final class SeasonalRepository {
    /** One month's turn of an item that has run: what it left (a reminder text, or a range of cases). */
    public record Run(
            String itemKey,
            YearMonth month,
            LocalDate dueOn,
            SeasonalAction action,
            String message,
            int cases,
            Long firstCase,
            Long lastCase,
            String runBy) {}

    private static final String SETUP_COLUMNS =
            "item, action, subject, case_count, assignee_id, day_rule, starts_on, enabled, updated_by, version";
    private static final String RUN_COLUMNS =
            "item, occurrence, due_on, action, message, cases, first_case, last_case, run_by, run_at";

    private SeasonalRepository() {}

    public static List<SeasonalSetup> setups(Connection c) throws SQLException {
        return Sql.query(
                c,
                "SELECT s.item, s.action, s.subject, s.case_count, st.login, s.day_rule, s.starts_on, s.enabled,"
                        + " s.version FROM seasonal_setup s LEFT JOIN staff st ON st.id = s.assignee_id ORDER BY s.item",
                rs -> new SeasonalSetup(
                        rs.getString(1),
                        SeasonalAction.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        DayRule.parse(rs.getString(6)),
                        LocalDate.parse(rs.getString(7)),
                        rs.getInt(8) == 1,
                        rs.getLong(9)));
    }

    /**
     * Saves a setup read at {@code s.version()} (0: none saved yet) and returns the new version.
     *
     * @throws ConflictException when another leader saved it first
     */
    public static long save(Tx tx, SeasonalSetup s, Long assigneeId) throws SQLException {
        Map<String, String> before = setupSnapshot(tx.connection(), s.itemKey());
        int n;
        if (s.version() == 0) {
            n = before.isEmpty()
                    ? Sql.update(
                            tx.connection(),
                            "INSERT INTO seasonal_setup(item, action, subject, case_count, assignee_id, day_rule,"
                                    + " starts_on, enabled, updated_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                            s.itemKey(),
                            s.action(),
                            s.subject(),
                            s.count(),
                            assigneeId,
                            s.rule().code(),
                            s.startsOn(),
                            s.enabled(),
                            tx.actor(),
                            tx.now())
                    : 0;
        } else {
            n = Sql.update(
                    tx.connection(),
                    "UPDATE seasonal_setup SET action = ?, subject = ?, case_count = ?, assignee_id = ?, day_rule = ?,"
                            + " starts_on = ?, enabled = ?, updated_by = ?, updated_at = ?, version = version + 1"
                            + " WHERE item = ? AND version = ?",
                    s.action(),
                    s.subject(),
                    s.count(),
                    assigneeId,
                    s.rule().code(),
                    s.startsOn(),
                    s.enabled(),
                    tx.actor(),
                    tx.now(),
                    s.itemKey(),
                    s.version());
        }
        if (n == 0) {
            throw new ConflictException(
                    "繰り返し業務「" + s.itemKey() + "」の設定は他の人が先に保存しました(あなたの版 " + s.version() + ")。",
                    before.isEmpty() ? 0 : Long.parseLong(before.get("version")));
        }
        Map<String, String> after = setupSnapshot(tx.connection(), s.itemKey());
        tx.audit(
                "seasonal_setup",
                s.itemKey(),
                before.isEmpty() ? "登録" : "変更",
                before.isEmpty() ? null : Json.write(before),
                Json.write(after));
        return Long.parseLong(after.get("version"));
    }

    /**
     * Claims one occurrence for this transaction: true when the row was inserted now, false when a run (on this PC or
     * another) already holds it. The primary key decides, so two PCs at the same moment cannot both win.
     */
    public static boolean claim(Tx tx, SeasonalOccurrence o, String message) throws SQLException {
        return Sql.update(
                        tx.connection(),
                        "INSERT INTO seasonal_run(item, occurrence, due_on, action, message, run_by, run_at)"
                                + " VALUES (?,?,?,?,?,?,?) ON CONFLICT (item, occurrence) DO NOTHING",
                        o.item().key(),
                        o.key(),
                        o.day(),
                        o.setup().action(),
                        message,
                        tx.actor(),
                        tx.now())
                == 1;
    }

    /** Completes a claimed run with the cases it registered, and audits the run. */
    public static void finish(Tx tx, SeasonalOccurrence o, int cases, Long firstCase, Long lastCase)
            throws SQLException {
        Sql.update(
                tx.connection(),
                "UPDATE seasonal_run SET cases = ?, first_case = ?, last_case = ? WHERE item = ? AND occurrence = ?",
                cases,
                firstCase,
                lastCase,
                o.item().key(),
                o.key());
        tx.audit(
                "seasonal_run",
                o.item().key() + "/" + o.key(),
                "実行",
                null,
                Json.write(runSnapshot(tx.connection(), o.item().key(), o.key())));
    }

    /** The runs whose due day lies between two days, oldest first. */
    public static List<Run> runs(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + RUN_COLUMNS + " FROM seasonal_run WHERE due_on BETWEEN ? AND ? ORDER BY due_on, item",
                rs -> new Run(
                        rs.getString(1),
                        YearMonth.parse(rs.getString(2)),
                        LocalDate.parse(rs.getString(3)),
                        SeasonalAction.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getObject(7) == null ? null : rs.getLong(7),
                        rs.getObject(8) == null ? null : rs.getLong(8),
                        rs.getString(9)),
                first,
                last);
    }

    /** A setup row as the audit trail records it. */
    public static Map<String, String> setupSnapshot(Connection c, String item) throws SQLException {
        return Sql.row(c, "seasonal_setup", SETUP_COLUMNS, "item = ?", item);
    }

    /** A run row as the audit trail records it. */
    public static Map<String, String> runSnapshot(Connection c, String item, String occurrence) throws SQLException {
        return Sql.row(c, "seasonal_run", RUN_COLUMNS, "item = ? AND occurrence = ?", item, occurrence);
    }
}
