package jp.shomu.ledger.ui.desk;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.assignment.AssignmentService;
import jp.shomu.ledger.service.desk.Desk;
import jp.shomu.ledger.service.desk.DeskSection;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.service.desk.LegalDeadlines;
import jp.shomu.ledger.service.desk.OperatorLoad;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The leader's desk: the cases that need an eye today, most urgent first, each person's load, and the commands that
 * even it out (assign the selected cases, cover an absence).
 */
public final class DeskViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final DeskDialogs dialogs;

    // Properties
    private final ObservableList<DeskRow> rows = FXCollections.observableArrayList();
    private final ObservableList<OperatorLoad> loads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Desk> desk = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty within = new SimpleIntegerProperty(DeskService.DEFAULT_WITHIN);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthEnd = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper legalDue = new ReadOnlyStringWrapper("");

    public DeskViewModel(Session session, TaskExecutor executor, DeskDialogs dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        within.addListener((obs, old, now) -> refresh());
    }

    private record Snapshot(Desk desk, List<OperatorLoad> loads, java.util.Optional<DeskService.MonthEnd> monthEnd) {}

    // Properties

    public ObservableList<DeskRow> rows() {
        return rows;
    }

    public ObservableList<OperatorLoad> loads() {
        return loads;
    }

    /** The desk last read; the navigation shows its counts. */
    public ReadOnlyObjectProperty<Desk> deskProperty() {
        return desk.getReadOnlyProperty();
    }

    /** Cases due within this many business days are 期限間近. */
    public IntegerProperty withinProperty() {
        return within;
    }

    /** "期限超過 2件 / 本日期限 1件 / …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** This month's payroll cut-off and the open cases due by it, in words. */
    public ReadOnlyStringProperty monthEndProperty() {
        return monthEnd.getReadOnlyProperty();
    }

    /** Open cases whose statutory limit (法定期限) has passed or is near, in words; empty when none. */
    public ReadOnlyStringProperty legalDueProperty() {
        return legalDue.getReadOnlyProperty();
    }

    public boolean canAssign() {
        return session.can(Action.ASSIGN);
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        DeskService service = new DeskService(session.context());
        int n = within.get();
        executor.run(
                Messages.get("task.desk"),
                () -> new Snapshot(service.desk(user, n, null), service.loads(user), service.monthEnd(user)),
                s -> {
                    rows.setAll(s.desk().lines().stream().map(DeskRow::new).toList());
                    loads.setAll(s.loads());
                    desk.set(s.desk());
                    StringBuilder text = new StringBuilder();
                    s.desk().counts().forEach((section, count) -> {
                        if (text.length() > 0) {
                            text.append(" / ");
                        }
                        text.append(section.label()).append(' ').append(Messages.format("nav.count", count.toString()));
                    });
                    summary.set(text.toString());
                    monthEnd.set(s.monthEnd()
                            .map(m -> Messages.format(
                                    "desk.monthEnd",
                                    jp.shomu.ledger.ui.common.DisplayFormat.dateShort(m.cutoff()),
                                    Integer.toString(m.unfinished().size()),
                                    String.join(
                                            "、",
                                            m.unfinished().stream()
                                                    .limit(10)
                                                    .map(u -> Long.toString(u.id()))
                                                    .toList())))
                            .orElse(Messages.get("desk.noCutoff")));
                },
                e -> summary.set(ErrorText.of(e)));
        executor.run(
                Messages.get("task.desk"),
                () -> new LegalDeadlines(session.context()).near(user, LegalDeadlines.DEFAULT_DAYS),
                near -> legalDue.set(
                        near.isEmpty()
                                ? ""
                                : Messages.format(
                                        "desk.legalDue",
                                        Integer.toString(near.size()),
                                        String.join(
                                                "、",
                                                near.stream()
                                                        .limit(10)
                                                        .map(l -> Messages.format(
                                                                "desk.legalDueCase",
                                                                Long.toString(l.id()),
                                                                l.typeCode(),
                                                                jp.shomu.ledger.ui.common.DisplayFormat.dateShort(
                                                                        l.legalDue())))
                                                        .toList()),
                                        Integer.toString(LegalDeadlines.DEFAULT_DAYS))),
                e -> legalDue.set(ErrorText.of(e)));
    }

    /** Assigns the selected cases to one person; each names the version the desk showed. */
    public void assign(List<DeskRow> selected) {
        if (selected.isEmpty()) {
            dialogs.showError(Messages.get("desk.selectFirst"));
            return;
        }
        AssignmentService service = new AssignmentService(session.context());
        var person = dialogs.chooseAssignee(service.assignablePeople(session.user()), selected.size());
        if (person.isEmpty()) {
            return;
        }
        StaffMember user = session.user();
        executor.run(
                Messages.get("task.assign"),
                () -> {
                    for (DeskRow r : selected) {
                        service.assign(
                                user, r.id(), r.line().version(), person.get().login(), Messages.get("desk.reason"));
                    }
                    return selected.size();
                },
                n -> refresh(),
                e -> {
                    dialogs.showError(ErrorText.of(e));
                    refresh();
                });
    }

    /** Opens the cover dialog; applies the previewed plan when the person confirms it. */
    public void coverAbsence() {
        AssignmentService service = new AssignmentService(session.context());
        CoverViewModel cover = new CoverViewModel(service, session.user(), service.assignablePeople(session.user()));
        if (!dialogs.showCover(cover) || cover.planProperty().get() == null) {
            return;
        }
        StaffMember user = session.user();
        String reason = cover.reasonProperty().get();
        executor.run(
                Messages.get("task.assign"),
                () -> service.apply(user, cover.planProperty().get(), reason),
                n -> {
                    dialogs.showInfo(Messages.get("cover.title"), Messages.format("cover.done", n.toString()));
                    refresh();
                },
                e -> {
                    dialogs.showError(ErrorText.of(e));
                    refresh();
                });
    }

    public boolean canRecompute() {
        return session.can(Action.MANAGE_CALENDAR);
    }

    /**
     * After a holiday was added or removed: lists the open cases whose due dates move on the current calendar, and
     * saves them (audited) only when the person confirms the list.
     */
    public void recomputeDueDates() {
        var service = new jp.shomu.ledger.service.desk.DueDateRecompute(session.context());
        StaffMember user = session.user();
        List<jp.shomu.ledger.service.desk.DueDateRecompute.Change> changes;
        try {
            changes = service.preview(user);
        } catch (RuntimeException e) {
            dialogs.showError(ErrorText.of(e));
            return;
        }
        if (changes.isEmpty()) {
            dialogs.showInfo(Messages.get("recompute.title"), Messages.get("recompute.none"));
            return;
        }
        StringBuilder list = new StringBuilder(Messages.format("recompute.header", Integer.toString(changes.size())));
        changes.stream()
                .limit(30)
                .forEach(c -> list.append('\n')
                        .append(Messages.format(
                                "recompute.line",
                                Long.toString(c.caseId()),
                                c.typeCode(),
                                c.oldDue() == null
                                        ? "―"
                                        : jp.shomu.ledger.ui.common.DisplayFormat.dateShort(c.oldDue()),
                                c.newDue() == null
                                        ? "―"
                                        : jp.shomu.ledger.ui.common.DisplayFormat.dateShort(c.newDue()))));
        if (changes.size() > 30) {
            list.append('\n').append(Messages.format("recompute.more", Integer.toString(changes.size() - 30)));
        }
        if (!dialogs.confirm(Messages.get("recompute.title"), list.toString())) {
            return;
        }
        executor.run(
                Messages.get("recompute.title"),
                () -> service.apply(user),
                done -> {
                    dialogs.showInfo(
                            Messages.get("recompute.title"),
                            Messages.format("recompute.done", Integer.toString(done.size())));
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    /** How many lines a section holds now. */
    public int count(DeskSection section) {
        Desk d = desk.get();
        return d == null ? 0 : d.counts().get(section);
    }
}
