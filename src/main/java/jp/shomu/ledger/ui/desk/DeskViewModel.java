package jp.shomu.ledger.ui.desk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.CaseConflictException;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.assignment.AssignmentService;
import jp.shomu.ledger.service.desk.Desk;
import jp.shomu.ledger.service.desk.DeskLine;
import jp.shomu.ledger.service.desk.DeskSection;
import jp.shomu.ledger.service.desk.DeskService;
import jp.shomu.ledger.service.desk.LegalDeadlines;
import jp.shomu.ledger.service.desk.OperatorLoad;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.DisplayFormat;
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
    private final ObjectProperty<Integer> within = new SimpleObjectProperty<>(DeskService.DEFAULT_WITHIN);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthEnd = new ReadOnlyStringWrapper("");
    private final StringProperty cutoff = new SimpleStringProperty("");
    private final BooleanProperty allTypes = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper ownTypes = new ReadOnlyStringWrapper("");
    /** The stored window is read once, with the first desk; after that the spinner decides. */
    private boolean withinRead;
    /** Set while the stored window is put in the spinner, so that does not read the desk a second time. */
    private boolean showingStoredWithin;

    private final jp.shomu.ledger.ui.seasonal.UpcomingWorkViewModel seasonal;
    private final ReadOnlyStringWrapper legalDue = new ReadOnlyStringWrapper("");

    public DeskViewModel(Session session, TaskExecutor executor, DeskDialogs dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.seasonal = new jp.shomu.ledger.ui.seasonal.UpcomingWorkViewModel(session, executor);
        within.addListener((obs, old, now) -> {
            if (!showingStoredWithin) {
                refresh();
            }
        });
        allTypes.addListener((obs, old, now) -> refresh());
    }

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

    /** Cases due within this many business days are 期限間近 (starts at the leaders' stored setting). */
    public ObjectProperty<Integer> withinProperty() {
        return within;
    }

    /** This month's payroll cut-off as typed (YYYY-MM-DD or 和暦); shows the stored one after each read. */
    public StringProperty cutoffProperty() {
        return cutoff;
    }

    /** True: every task type; false (the start): only those the person's terms on the 従事者名簿 name. */
    public BooleanProperty allTypesProperty() {
        return allTypes;
    }

    /** The task types the person's terms name ("2-2・2-6"); empty when they name none and the desk shows all. */
    public ReadOnlyStringProperty ownTypesProperty() {
        return ownTypes.getReadOnlyProperty();
    }

    /** "期限超過 2件 / 本日期限 1件 / …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** This month's payroll cut-off and the open cases due by it, in words. */
    public ReadOnlyStringProperty monthEndProperty() {
        return monthEnd.getReadOnlyProperty();
    }

    /** The seasonal calendar's coming work (issue 17), refreshed with the desk. */
    public jp.shomu.ledger.ui.seasonal.UpcomingWorkViewModel seasonal() {
        return seasonal;
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
        Integer asShown = withinRead ? within.get() : null;
        boolean all = allTypes.get();
        seasonal.refresh();
        executor.run(
                Messages.get("task.desk"),
                () -> service.overview(user, asShown, all),
                this::show,
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

    private void show(DeskService.Overview s) {
        withinRead = true;
        showingStoredWithin = true;
        within.set(s.within());
        showingStoredWithin = false;
        ownTypes.set(String.join("・", new TreeSet<>(s.ownTypes())));
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
        cutoff.set(s.monthEnd().map(m -> m.cutoff().toString()).orElse(""));
        monthEnd.set(s.monthEnd()
                .map(m -> Messages.format(
                        "desk.monthEnd",
                        DisplayFormat.dateShort(m.cutoff()),
                        Integer.toString(m.unfinished().size()),
                        String.join(
                                "、",
                                m.unfinished().stream()
                                        .limit(10)
                                        .map(u -> Long.toString(u.id()))
                                        .toList())))
                .orElse(Messages.get("desk.noCutoff")));
    }

    /** Keeps the window now shown as everyone's (leaders; audited). */
    public void saveWithin() {
        StaffMember user = session.user();
        int n = within.get();
        DeskService service = new DeskService(session.context());
        executor.run(
                Messages.get("desk.saveWithin.task"),
                () -> {
                    service.setWithin(user, n);
                    return n;
                },
                done -> dialogs.showInfo(
                        Messages.get("desk.settings"), Messages.format("desk.saveWithin.done", done.toString())),
                e -> dialogs.showError(ErrorText.of(e)));
    }

    /** Sets this month's payroll cut-off to the day typed (leaders; audited), then reads the desk again. */
    public void saveCutoff() {
        StaffMember user = session.user();
        YearMonth month = YearMonth.from(session.today());
        DeskService service = new DeskService(session.context());
        String typed = cutoff.get();
        executor.run(
                Messages.get("desk.saveCutoff.task"),
                () -> {
                    service.setPayrollCutoff(user, month, Wareki.parse(typed));
                    return month;
                },
                done -> refresh(),
                e -> dialogs.showError(ErrorText.of(e)));
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
        assign(selected.stream().map(r -> new Pending(r.line())).toList(), person.get());
    }

    /** A case to assign and the version it had when the desk showed it. */
    private record Pending(DeskLine line, long version) {
        Pending(DeskLine line) {
            this(line, line.version());
        }
    }

    /**
     * Assigns one case after the other (each in its own transaction). A case someone else saved since the desk
     * read it stops the run at that case: the conflict dialog says who changed it and what they set, and the person
     * reloads or re-applies their choice over the newer version (and the cases after it).
     */
    private void assign(List<Pending> todo, StaffMember person) {
        AssignmentService service = new AssignmentService(session.context());
        StaffMember user = session.user();
        executor.run(
                Messages.get("task.assign"),
                () -> {
                    for (int i = 0; i < todo.size(); i++) {
                        Pending p = todo.get(i);
                        try {
                            service.assign(
                                    user, p.line().id(), p.version(), person.login(), Messages.get("desk.reason"));
                        } catch (CaseConflictException e) {
                            return Optional.of(new Stale(e, todo.subList(i, todo.size())));
                        }
                    }
                    return Optional.<Stale>empty();
                },
                stale -> {
                    stale.ifPresent(s -> resolve(s, person));
                    if (stale.isEmpty()) {
                        refresh();
                    }
                },
                e -> {
                    dialogs.showError(ErrorText.of(e));
                    refresh();
                });
    }

    /** The assignment that lost the race, and the cases still to assign from it on. */
    private record Stale(CaseConflictException conflict, List<Pending> rest) {}

    private void resolve(Stale stale, StaffMember person) {
        CaseFile theirs = stale.conflict().current();
        DeskLine mine = stale.rest().get(0).line();
        ConflictViewModel conflict = ConflictViewModel.forAssignment(
                theirs,
                mine.status(),
                nameOf(mine.assigneeId()),
                nameOf(theirs.assigneeId()),
                person.name(),
                lastChange(theirs.id()));
        ConflictViewModel.Resolution choice = dialogs.showConflict(conflict);
        if (choice == ConflictViewModel.Resolution.SAVE_CHOSEN) {
            List<Pending> again = new ArrayList<>();
            if (conflict.keepsMine(ConflictViewModel.ASSIGNEE_KEY)) {
                again.add(new Pending(mine, theirs.version()));
            }
            again.addAll(stale.rest().subList(1, stale.rest().size()));
            assign(again, person);
        } else {
            refresh();
        }
    }

    private String nameOf(Long staffId) {
        return staffId == null ? Messages.get("desk.unassigned") : session.staffName(staffId);
    }

    /** "試用 次郎 が 12/8 10:15 に保存(担当割当)" from the case's history; empty when it cannot be read. */
    private String lastChange(long caseId) {
        try {
            return session.history().history(session.user(), caseId).entries().stream()
                    .filter(e -> e.entity().equals(AuditEntities.CASE))
                    .reduce((a, b) -> b)
                    .map(e -> Messages.format(
                            "desk.conflict.changedBy",
                            session.staffNameByLogin(e.actor()),
                            DisplayFormat.dateTime(e.at()),
                            e.action()))
                    .orElse("");
        } catch (RuntimeException e) {
            return "";
        }
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
