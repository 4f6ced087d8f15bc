package jp.shomu.ledger.ui.audit;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.audit.AuditEntry;
import jp.shomu.ledger.service.audit.AuditPage;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The auditor's view of the audit trail: a period (the last 30 days unless changed), optionally one person, newest
 * first, one page at a time with さらに読む.
 */
public final class AuditLogViewModel {
    private static final int PAGE = 200;

    private final Session session;
    private final int pageSize;
    private final TaskExecutor executor;
    private final AuditTrail trail;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** null: everyone. */
    private final ObjectProperty<StaffMember> actor = new SimpleObjectProperty<>();

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private AuditFilter shown = AuditFilter.all();
    private long nextBeforeSeq = Long.MAX_VALUE;
    private int generation;

    /** One row of the table. */
    public record Line(String when, String who, String target, String action, String summary) {
        static Line of(AuditEntry e) {
            String who = e.actorName().isEmpty() ? e.actor() : e.actorName() + "(" + e.actor() + ")";
            String target = e.entityId() == null || e.entityId().isEmpty()
                    ? e.entityLabel()
                    : e.entityLabel() + " " + e.entityId();
            return new Line(DisplayFormat.dateTime(e.at()), who, target, e.action(), e.summary());
        }
    }

    public AuditLogViewModel(Session session, TaskExecutor executor) {
        this(session, executor, PAGE);
    }

    AuditLogViewModel(Session session, TaskExecutor executor, int pageSize) {
        this.session = session;
        this.pageSize = pageSize;
        this.executor = executor;
        this.trail = new AuditTrail(session.context());
        to.set(session.today());
        from.set(session.today().minusDays(30));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<StaffMember> actorProperty() {
        return actor;
    }

    /** The people to filter by: the roster. */
    public List<StaffMember> people() {
        return session.roster();
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** How many rows are shown, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // Commands

    /** Reads the first page for the current filter. */
    public void search() {
        AuditFilter filter;
        try {
            filter = AuditFilter.period(from.get(), to.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        shown = actor.get() == null ? filter : filter.withActor(actor.get().login());
        lines.clear();
        nextBeforeSeq = Long.MAX_VALUE;
        generation++;
        load();
    }

    /** さらに読む: the next, older page. */
    public void more() {
        if (hasMore.get()) {
            load();
        }
    }

    private void load() {
        AuditFilter filter = shown;
        long before = nextBeforeSeq;
        int asked = generation;
        StaffMember me = session.user();
        hasMore.set(false);
        executor.run(
                Messages.get("task.audit"),
                () -> trail.page(me, filter, before, pageSize),
                page -> {
                    if (asked == generation) {
                        show(page);
                    }
                },
                e -> status.set(ErrorText.of(e)));
    }

    private void show(AuditPage page) {
        page.entries().forEach(e -> lines.add(Line.of(e)));
        nextBeforeSeq = page.nextBeforeSeq();
        hasMore.set(page.hasMore());
        String summary =
                Messages.format(page.hasMore() ? "audit.summaryMore" : "audit.summary", Integer.toString(lines.size()));
        status.set(page.earlierHistory().isEmpty() ? summary : summary + " " + page.earlierHistory());
    }
}
