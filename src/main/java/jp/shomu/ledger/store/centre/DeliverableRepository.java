package jp.shomu.ledger.store.centre;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableEvent;
import jp.shomu.ledger.domain.centre.DeliverableState;
import jp.shomu.ledger.domain.centre.DueBasis;
import jp.shomu.ledger.domain.centre.DueRule;
import jp.shomu.ledger.domain.centre.PlannedDeliverable;
import jp.shomu.ledger.store.AuditedRows;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.Tx;

/** The deliverables the centre owes the city, their state and their history. */
public final class DeliverableRepository {
    public static final String ENTITY = "deliverable";
    public static final String RULE_ENTITY = "deliverable_rule";
    static final String RULE_COLUMNS = "id, from_date, business_days";
    static final String COLUMNS = "id, key, name, period, fiscal_year, due_on, due_basis, state, submitted_on,"
            + " accepted_on, note, version";

    private DeliverableRepository() {}

    /** Adds a planned deliverable unless its key is already tracked; returns its id either way. */
    public static long ensure(Tx tx, PlannedDeliverable p) throws SQLException {
        Optional<Long> existing =
                Sql.queryOne(tx.connection(), "SELECT id FROM deliverable WHERE key = ?", rs -> rs.getLong(1), p.key());
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = Sql.insert(
                tx.connection(),
                "INSERT INTO deliverable(key, name, period, fiscal_year, due_on, due_basis) VALUES (?,?,?,?,?,?)",
                p.key(),
                p.name(),
                p.period(),
                p.fiscalYear(),
                p.due().toString(),
                p.basis().name());
        AuditedRows.audited(tx, ENTITY, "deliverable", COLUMNS, id, "予定登録");
        return id;
    }

    /** Keeps the business-day rule of a deliverable added on a change (written once, audited). */
    public static void addRule(Tx tx, long id, DueRule rule) throws SQLException {
        Sql.insert(
                tx.connection(),
                "INSERT INTO deliverable_rule(id, from_date, business_days) VALUES (?,?,?)",
                id,
                rule.from().toString(),
                rule.businessDays());
        AuditedRows.audited(tx, RULE_ENTITY, "deliverable_rule", RULE_COLUMNS, id, "期日の規則");
    }

    /** The business-day rules kept with deliverables, by deliverable id. */
    public static Map<Long, DueRule> rules(Connection c) throws SQLException {
        Map<Long, DueRule> rules = new java.util.HashMap<>();
        for (Map.Entry<Long, DueRule> e : Sql.query(
                c,
                "SELECT " + RULE_COLUMNS + " FROM deliverable_rule",
                rs -> Map.entry(rs.getLong(1), new DueRule(LocalDate.parse(rs.getString(2)), rs.getInt(3))))) {
            rules.put(e.getKey(), e.getValue());
        }
        return rules;
    }

    public static Map<String, String> ruleSnapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "deliverable_rule", RULE_COLUMNS, id);
    }

    public static Optional<Long> idOfKey(Connection c, String key) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM deliverable WHERE key = ?", rs -> rs.getLong(1), key);
    }

    public static long count(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT COUNT(*) FROM deliverable", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** Saves a new state, dates, due date and note, and appends the step to its history. */
    public static long save(Tx tx, Deliverable d, String action, String note) throws SQLException {
        long version = AuditedRows.update(
                tx,
                ENTITY,
                "deliverable",
                COLUMNS,
                "提出物",
                d.id(),
                d.version(),
                action,
                "due_on = ?, due_basis = ?, state = ?, submitted_on = ?, accepted_on = ?, note = ?",
                d.due().toString(),
                d.basis().name(),
                d.state().name(),
                d.submittedOn() == null ? null : d.submittedOn().toString(),
                d.acceptedOn() == null ? null : d.acceptedOn().toString(),
                d.note());
        Sql.insert(
                tx.connection(),
                "INSERT INTO deliverable_event(deliverable_id, at, action, actor, note) VALUES (?,?,?,?,?)",
                d.id(),
                tx.now().toString(),
                action,
                tx.actor(),
                note == null ? "" : note);
        return version;
    }

    public static Optional<Deliverable> byId(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM deliverable WHERE id = ?", DeliverableRepository::map, id);
    }

    /** All, or one fiscal year's, ordered by due date. */
    public static List<Deliverable> list(Connection c, Integer fiscalYear) throws SQLException {
        return fiscalYear == null
                ? Sql.query(
                        c, "SELECT " + COLUMNS + " FROM deliverable ORDER BY due_on, id", DeliverableRepository::map)
                : Sql.query(
                        c,
                        "SELECT " + COLUMNS + " FROM deliverable WHERE fiscal_year = ? ORDER BY due_on, id",
                        DeliverableRepository::map,
                        fiscalYear);
    }

    /** Still owed (未提出 or 再提出依頼) and due on or before {@code until}, ordered by due date. */
    public static List<Deliverable> owedUntil(Connection c, LocalDate until) throws SQLException {
        return Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM deliverable WHERE state IN ('NOT_SUBMITTED','RETURNED') AND due_on <= ?"
                        + " ORDER BY due_on, id",
                DeliverableRepository::map,
                until.toString());
    }

    public static List<DeliverableEvent> history(Connection c, long id) throws SQLException {
        return Sql.query(
                c,
                "SELECT deliverable_id, at, action, actor, note FROM deliverable_event WHERE deliverable_id = ?"
                        + " ORDER BY id",
                rs -> new DeliverableEvent(
                        rs.getLong(1),
                        Instant.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)),
                id);
    }

    public static Map<String, String> snapshot(Connection c, long id) throws SQLException {
        return AuditedRows.snapshot(c, "deliverable", COLUMNS, id);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Deliverable map(ResultSet rs) throws SQLException {
        return new Deliverable(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("name"),
                rs.getString("period"),
                rs.getInt("fiscal_year"),
                LocalDate.parse(rs.getString("due_on")),
                DueBasis.valueOf(rs.getString("due_basis")),
                DeliverableState.valueOf(rs.getString("state")),
                date(rs.getString("submitted_on")),
                date(rs.getString("accepted_on")),
                rs.getString("note"),
                rs.getLong("version"));
    }
}
