package jp.shomu.ledger.store;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import jp.shomu.ledger.domain.calendar.JapanTime;

/**
 * One short write transaction, opened with BEGIN IMMEDIATE by {@link Ledger#write}. Carries who acts, the
 * moment it acts (one timestamp for every row it writes) and the audit trail to append to.
 */
public final class Tx {

    private final Connection connection;
    private final String actor;
    private final Instant now;

    Tx(Connection connection, String actor, Clock clock) {
        this.connection = connection;
        this.actor = actor;
        this.now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    public Connection connection() {
        return connection;
    }

    /** The login of the person acting, as recorded in the audit trail. */
    public String actor() {
        return actor;
    }

    public Instant now() {
        return now;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, JapanTime.ZONE);
    }

    /** Appends one change to the hash-chained audit trail, inside this transaction. */
    public void audit(String entity, Object entityId, String action, String before, String after) {
        AuditLog.append(this, entity, String.valueOf(entityId), action, before, after);
    }
}
