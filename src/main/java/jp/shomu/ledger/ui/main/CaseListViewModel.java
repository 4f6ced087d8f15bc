package jp.shomu.ledger.ui.main;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.cases.CaseListEntry;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.SlaBadge;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The case list of the selected navigation entry. The status choice is asked of the ledger; assignee, due range
 * and the search box filter the loaded rows in memory, so typing in the search box answers at once.
 */
public final class CaseListViewModel {
    static final int LIMIT = 5_000;
    /** A case assigned by someone else within this many days is marked new in 自分の案件. */
    static final int NEW_DAYS = 7;

    /** A status choice: its words, the statuses it lists, and whether only the open overdue cases are kept. */
    public record StatusChoice(String label, Set<CaseStatus> statuses, boolean overdueOnly) {
        public StatusChoice(String label, Set<CaseStatus> statuses) {
            this(label, statuses, false);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An assignee choice: its words and which rows it keeps. */
    public record AssigneeChoice(String label, Predicate<CaseRow> keeps) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final List<StatusChoice> statusChoices = new ArrayList<>();
    private final List<AssigneeChoice> assigneeChoices = new ArrayList<>();
    private final ObservableList<CaseRow> loaded = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(loaded);
    private final SortedList<CaseRow> sorted = new SortedList<>(filtered);
    private NavigationViewModel.Entry entry;
    private long requestNo;

    // Properties
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>();
    private final ObjectProperty<AssigneeChoice> assignee = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dueTo = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastRefresh = new ReadOnlyStringWrapper("");

    public CaseListViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        statusChoices.add(new StatusChoice(Messages.get("list.status.open"), openStatuses()));
        statusChoices.add(new StatusChoice(Messages.get("list.status.overdue"), openStatuses(), true));
        for (CaseStatus s : CaseStatus.values()) {
            statusChoices.add(new StatusChoice(s.label(), EnumSet.of(s)));
        }
        statusChoices.add(new StatusChoice(Messages.get("list.status.all"), Set.of()));
        assigneeChoices.add(new AssigneeChoice(Messages.get("list.assignee.anyone"), r -> true));
        assigneeChoices.add(new AssigneeChoice(
                Messages.get("list.assignee.me"),
                r -> r.entry().assigneeId() != null
                        && r.entry().assigneeId() == session.user().id()));
        assigneeChoices.add(new AssigneeChoice(
                Messages.get("list.assignee.none"), r -> r.entry().assigneeId() == null));
        session.roster().stream()
                .filter(s -> s.role() != Role.AUDITOR)
                .forEach(s -> assigneeChoices.add(new AssigneeChoice(
                        s.name(),
                        r -> r.entry().assigneeId() != null && r.entry().assigneeId() == s.id())));
        status.set(statusChoices.get(0));
        assignee.set(assigneeChoices.get(0));
        status.addListener((obs, old, now) -> refresh());
        assignee.addListener((obs, old, now) -> applyFilter());
        dueFrom.addListener((obs, old, now) -> applyFilter());
        dueTo.addListener((obs, old, now) -> applyFilter());
        search.addListener((obs, old, now) -> applyFilter());
    }

    static Set<CaseStatus> openStatuses() {
        Set<CaseStatus> open = EnumSet.allOf(CaseStatus.class);
        open.removeIf(CaseStatus::isClosed);
        return open;
    }

    // Properties

    public List<StatusChoice> statusChoices() {
        return statusChoices;
    }

    public List<AssigneeChoice> assigneeChoices() {
        return assigneeChoices;
    }

    /** The rows shown, filtered; the table binds its sort order to this list's comparator. */
    public SortedList<CaseRow> rows() {
        return sorted;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<AssigneeChoice> assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<LocalDate> dueFromProperty() {
        return dueFrom;
    }

    public ObjectProperty<LocalDate> dueToProperty() {
        return dueTo;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** "12件(読込 40件)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** When the list was last read and how long it took. */
    public ReadOnlyStringProperty lastRefreshProperty() {
        return lastRefresh.getReadOnlyProperty();
    }

    // Commands

    /** Lists another navigation entry. */
    public void show(NavigationViewModel.Entry newEntry) {
        entry = newEntry;
        refresh();
    }

    /** Clears the in-memory filters (assignee, due range, search). */
    public void clearFilters() {
        assignee.set(assigneeChoices.get(0));
        dueFrom.set(null);
        dueTo.set(null);
        search.set("");
    }

    /** Reads the list again from the ledger; a newer request overtakes an older one still running. */
    public void refresh() {
        if (entry == null
                || entry.kind() == NavigationViewModel.Kind.DESK
                || entry.kind() == NavigationViewModel.Kind.MAJOR
                        && entry.children().isEmpty()) {
            return;
        }
        long no = ++requestNo;
        long start = System.nanoTime();
        NavigationViewModel.Entry what = entry;
        Set<CaseStatus> statuses = status.get().statuses();
        executor.run(
                Messages.get("task.list"),
                () -> read(what, statuses),
                rows -> {
                    if (no != requestNo) {
                        return;
                    }
                    loaded.setAll(rows);
                    applyFilter();
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    lastRefresh.set(Messages.format(
                            "status.lastRefresh",
                            LocalTime.now(session.clock().withZone(JapanTime.ZONE))
                                    .format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                            Long.toString(ms)));
                },
                e -> lastRefresh.set(ErrorText.of(e)));
    }

    private List<CaseRow> read(NavigationViewModel.Entry what, Set<CaseStatus> statuses) {
        var user = session.user();
        CaseQuery q = new CaseQuery(null, statuses, null, null, null, null, LIMIT);
        List<CaseListEntry> entries = switch (what.kind()) {
            case DESK -> List.of();
            case MINE -> session.board().list(user, q.withAssignee(user.id()));
            case TO_CHECK ->
                session.board().awaitingCheckBy(user, LIMIT).stream()
                        .sorted(BY_DUE)
                        .toList();
            case ALL -> session.board().list(user, q);
            case MAJOR ->
                session.board().list(user, q).stream()
                        .filter(e -> e.typeCode().startsWith(what.code() + "-"))
                        .toList();
            case TYPE -> session.board().list(user, q.withType(what.code()));
        };
        if (what.kind() == NavigationViewModel.Kind.MINE) {
            // what came back from the double check first: the maker has to act on it
            entries = entries.stream()
                    .sorted(java.util.Comparator.comparing(e -> !e.sentBack()))
                    .toList();
        }
        var today = session.today();
        var catalog = session.catalog();
        java.util.Set<Long> fresh = what.kind() == NavigationViewModel.Kind.MINE
                ? new jp.shomu.ledger.service.desk.DeskService(session.context()).newlyAssignedTo(user, NEW_DAYS)
                : java.util.Set.of();
        java.util.Map<Long, LocalDate> legalDues =
                new jp.shomu.ledger.service.desk.LegalDeadlines(session.context()).of(user, entries);
        return entries.stream()
                .map(e -> new CaseRow(
                        e,
                        catalog.taskType(e.typeCode()).map(TaskType::name).orElse(""),
                        SlaBadge.of(e.sla(today), e.status()),
                        fresh.contains(e.id()),
                        legalDues.get(e.id()),
                        today))
                .toList();
    }

    /** The 確認待ち queue: the earliest due first (no due date last), then the oldest case. */
    static final java.util.Comparator<CaseListEntry> BY_DUE = java.util.Comparator.comparing(
                    CaseListEntry::dueOn,
                    java.util.Comparator.nullsLast(java.util.Comparator.<LocalDate>naturalOrder()))
            .thenComparingLong(CaseListEntry::id);

    /**
     * How the 期限の状況 column sorts: by urgency, so ascending puts the open overdue cases first, then those near
     * their due date, on track, paused, and the finished ones last.
     */
    public static final java.util.Comparator<SlaBadge> SLA_URGENCY = java.util.Comparator.comparingInt(b -> switch (b) {
        case OVERDUE -> 0;
        case WARNING -> 1;
        case ON_TRACK -> 2;
        case PAUSED -> 3;
        case CENTRE_DONE_LATE -> 4;
        case CENTRE_DONE_ON_TIME -> 5;
        case DONE_LATE -> 6;
        case DONE_ON_TIME -> 7;
        case NONE -> 8;
    });

    private void applyFilter() {
        String text = CaseRow.normalize(search.get());
        boolean overdueOnly = status.get().overdueOnly();
        Predicate<CaseRow> keeps = assignee.get().keeps();
        LocalDate from = dueFrom.get();
        LocalDate to = dueTo.get();
        filtered.setPredicate(r -> keeps.test(r)
                && (!overdueOnly || r.sla() == SlaBadge.OVERDUE)
                && (from == null || r.due() != null && !r.due().isBefore(from))
                && (to == null || r.due() != null && !r.due().isAfter(to))
                && r.matches(text));
        summary.set(Messages.format(
                loaded.size() >= LIMIT ? "list.summaryLimited" : "list.summary",
                Integer.toString(filtered.size()),
                Integer.toString(loaded.size())));
    }
}
