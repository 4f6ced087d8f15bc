package jp.shomu.ledger.ui.main;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.workplace.DraftStore.Draft;
import jp.shomu.ledger.ui.audit.AuditLogViewModel;
import jp.shomu.ledger.ui.caseform.CaseDrafts;
import jp.shomu.ledger.ui.caseform.CaseFormViewModel;
import jp.shomu.ledger.ui.caseform.OpenCase;
import jp.shomu.ledger.ui.centre.CentreAlertsViewModel;
import jp.shomu.ledger.ui.centre.CentreViewModel;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;
import jp.shomu.ledger.ui.desk.DeskViewModel;
import jp.shomu.ledger.ui.output.OutputsViewModel;
import jp.shomu.ledger.ui.settings.SettingsViewModel;
import jp.shomu.ledger.ui.tables.MonthTableViewModel;
import jp.shomu.ledger.ui.tables.TableScreens;

/**
 * The main window: navigation with counts, the case list, the open case forms, and the status bar. Refreshes the
 * counts and the list whenever the ledger changes, here or on another PC.
 */
public final class MainViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final MainDialogs dialogs;
    private final NavigationViewModel navigation;
    private final CaseListViewModel list;
    private final OutputsViewModel outputs;
    private final ReadOnlyBooleanWrapper auditOffered = new ReadOnlyBooleanWrapper();
    private final DeskViewModel desk;
    private final SettingsViewModel settings;
    private final ObjectProperty<AuditLogViewModel> auditLog = new SimpleObjectProperty<>();
    private final CentreAlertsViewModel centreAlerts;
    private final ObjectProperty<CentreViewModel> centre = new SimpleObjectProperty<>();
    private final java.util.Map<String, MonthTableViewModel> tables = new java.util.HashMap<>();
    private final ObjectProperty<MonthTableViewModel> table = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty tableCases = new javafx.beans.property.SimpleBooleanProperty();

    // Properties
    private final ObservableList<CaseFormViewModel> forms = FXCollections.observableArrayList();
    private final ObjectProperty<CaseFormViewModel> selectedForm = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public MainViewModel(Session session, TaskExecutor executor, MainDialogs dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        boolean leader = session.can(Action.ASSIGN);
        this.navigation =
                new NavigationViewModel(session.catalog(), session.user().role() == Role.OPERATOR, leader);
        this.desk = leader ? new DeskViewModel(session, executor, dialogs) : null;
        this.settings = SettingsViewModel.offeredTo(session) ? new SettingsViewModel(session, executor, dialogs) : null;
        if (desk != null) {
            desk.deskProperty().addListener((obs, old, d) -> navigation.applyDesk(d));
        }
        this.list = new CaseListViewModel(session, executor);
        this.outputs = new OutputsViewModel(session, executor, dialogs);
        this.centreAlerts = new CentreAlertsViewModel(session, executor);
        navigation.selectedProperty().addListener((obs, old, entry) -> {
            list.show(entry);
            showTableOf(entry);
        });
        session.watcher().addListener(origin -> refresh());
        session.watcher().addProblemListener(problem::set);
        session.userProperty().addListener((obs, old, user) -> {
            showUser(user);
            centreAlerts.refresh();
            centre.set(null);
        });
        showUser(session.user());
    }

    private void showUser(StaffMember user) {
        userText.set(Messages.format("main.user", user.name(), user.role().label()));
        auditOffered.set(session.can(Action.VIEW_AUDIT));
        if (!auditOffered.get()) {
            auditLog.set(null);
        }
    }

    // Properties

    public Session session() {
        return session;
    }

    public NavigationViewModel navigation() {
        return navigation;
    }

    public CaseListViewModel list() {
        return list;
    }

    /** The settings screens (SLA targets, catalog proposals, holidays), or null for those who do not keep them. */
    public SettingsViewModel settings() {
        return settings;
    }

    /** The leader's desk, or null for those who do not assign work. */
    public DeskViewModel desk() {
        return desk;
    }

    /** The 帳票 menu: monthly report, export, handover bundle. */
    public OutputsViewModel outputs() {
        return outputs;
    }

    /** Whether this person may read the audit log (auditor, leaders, manager). */
    public ReadOnlyBooleanProperty auditOfferedProperty() {
        return auditOffered.getReadOnlyProperty();
    }

    /** The open audit log tab, or null while it is closed. */
    public ObjectProperty<AuditLogViewModel> auditLogProperty() {
        return auditLog;
    }

    public ObservableList<CaseFormViewModel> forms() {
        return forms;
    }

    /** The form in front, or null while the list is in front. */
    public ObjectProperty<CaseFormViewModel> selectedFormProperty() {
        return selectedForm;
    }

    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    /** The ledger cannot be reached; empty while it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String ledgerText() {
        return Messages.format("status.ledger", session.ledgerLocation());
    }

    /**
     * The table screen shown instead of the cases list while the navigation is on a 中区分 kept as a table (4-2, 6-1,
     * 6-2); null otherwise.
     */
    public ObjectProperty<MonthTableViewModel> tableProperty() {
        return table;
    }

    /** Whether the table's cases list is shown rather than the table (案件の一覧 / 表に戻る). */
    public javafx.beans.property.BooleanProperty tableCasesProperty() {
        return tableCases;
    }

    // Commands

    /** Shows the table of {@code typeCode} at {@code month} (a month-end case's link back). */
    public void openTable(String typeCode, java.time.YearMonth month) {
        navigation.selectedProperty().set(navigation.type(typeCode));
        tableCases.set(false);
        if (table.get() != null) {
            table.get().monthProperty().set(month);
        }
    }

    private void showTableOf(NavigationViewModel.Entry entry) {
        tableCases.set(false);
        if (entry == null || entry.type() == null || !entry.type().tableWork()) {
            table.set(null);
            return;
        }
        table.set(tables.computeIfAbsent(entry.code(), code -> {
            MonthTableViewModel t =
                    TableScreens.of(code, session, executor, dialogs, this::open, () -> tableCases.set(true));
            if (t != null) {
                t.start();
            }
            return t;
        }));
    }

    /** Shows the first list and counts, then (once the window is up) offers back new cases kept as drafts. */
    public void start() {
        list.show(navigation.selected());
        refreshCounts();
        if (desk != null) {
            desk.refresh();
        }
        centreAlerts.refresh();
        if (settings != null) {
            settings.bundledCatalog().refresh();
        }
        executor.onUi(this::offerNewCaseDrafts);
    }

    public void refresh() {
        refreshCounts();
        list.refresh();
        if (desk != null) {
            desk.refresh();
        }
        centreAlerts.refresh();
        if (settings != null) {
            settings.bundledCatalog().refresh();
        }
        if (centre.get() != null) {
            centre.get().refresh();
        }
        if (table.get() != null) {
            table.get().refresh();
        }
    }

    /** The warnings of personal-information incidents not yet reported and deliverables due soon. */
    public CentreAlertsViewModel centreAlerts() {
        return centreAlerts;
    }

    /** The open センター業務 tab, or null while it is closed. */
    public ObjectProperty<CentreViewModel> centreProperty() {
        return centre;
    }

    /** The 人員・業務量 screens (roster and forecast, issue 17), on the workbench's executor and dialogs. */
    public jp.shomu.ledger.ui.people.PeopleViewModel people() {
        return new jp.shomu.ledger.ui.people.PeopleViewModel(session, executor, dialogs);
    }

    /** Opens the センター業務 tab (incidents, improvements, meetings, deliverables). */
    public void openCentre() {
        if (centre.get() == null) {
            CentreViewModel c = new CentreViewModel(session, executor, dialogs, centreAlerts::refresh);
            centre.set(c);
            c.refresh();
        }
    }

    private void refreshCounts() {
        executor.run(
                Messages.get("task.counts"),
                () -> session.board().board(session.user()),
                navigation::apply,
                e -> problem.set(ErrorText.of(e)));
    }

    /** Opens the audit log tab showing the last 30 days; the window brings an open one to the front. */
    public void openAuditLog() {
        if (auditOffered.get() && auditLog.get() == null) {
            AuditLogViewModel log = new AuditLogViewModel(session, executor);
            auditLog.set(log);
            log.search();
        }
    }

    /** Opens a form for a new case of the selected 中区分, or of one the person picks. */
    public void newCase() {
        if (!session.can(Action.CREATE_CASE)) {
            dialogs.showError(Messages.get("main.cannotCreate"));
            return;
        }
        NavigationViewModel.Entry entry = navigation.selected();
        Optional<TaskType> type = entry != null && entry.type() != null
                ? Optional.of(entry.type())
                : dialogs.chooseTaskType(session.catalog().taskTypes());
        type.ifPresent(t -> addForm(new CaseFormViewModel(new OpenCase(session, executor, dialogs, t))));
    }

    /** New cases whose registration could not reach the ledger, offered one by one, newest first. */
    private void offerNewCaseDrafts() {
        if (!session.can(Action.CREATE_CASE)) {
            return;
        }
        CaseDrafts drafts = new CaseDrafts(session);
        List<Draft> kept;
        try {
            kept = drafts.newCases();
        } catch (UncheckedIOException e) {
            dialogs.showError(e.getMessage());
            return;
        }
        for (Draft d : kept) {
            Optional<TaskType> type = session.catalog().taskType(d.typeCode());
            if (type.isPresent()
                    && drafts.offer(
                            d,
                            Messages.format(
                                    "draft.offerNew",
                                    type.get().code(),
                                    type.get().name(),
                                    d.subject(),
                                    DisplayFormat.dateTime(d.savedAt())),
                            dialogs)) {
                CaseFormViewModel f = new CaseFormViewModel(new OpenCase(session, executor, dialogs, type.get()));
                f.restore(d);
                addForm(f);
            }
        }
    }

    /** Opens the case in a form, or brings its form to the front if it is open already. */
    public void open(long caseId) {
        for (CaseFormViewModel f : forms) {
            Long id = f.openCase().idProperty().get();
            if (id != null && id == caseId) {
                selectedForm.set(f);
                return;
            }
        }
        executor.run(
                Messages.format("task.loadCase", Long.toString(caseId)),
                () -> session.cases().details(session.user(), caseId),
                d -> {
                    CaseFormViewModel f = new CaseFormViewModel(new OpenCase(session, executor, dialogs, d.type()));
                    addForm(f);
                    f.show(d); // after its tab is up, so a draft offered back is asked over the case
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    private void addForm(CaseFormViewModel f) {
        f.openCase().setOpener(this::open);
        forms.add(f);
        selectedForm.set(f);
    }

    /**
     * Closes a form; with unsaved edits asks first: save and close (the default), discard and close, or keep it
     * open. Returns whether it closed at once; after 保存して閉じる it closes once the save went through.
     */
    public boolean close(CaseFormViewModel f) {
        return close(f, () -> {});
    }

    /** Closes a form as {@link #close(CaseFormViewModel)} does, then runs {@code then} once it has closed. */
    public boolean close(CaseFormViewModel f, Runnable then) {
        if (f.dirtyProperty().get()) {
            switch (dialogs.askCloseDirty(f.header().titleProperty().get())) {
                case CANCEL -> {
                    return false;
                }
                case SAVE -> {
                    selectedForm.set(f);
                    f.saveThen(() -> {
                        remove(f);
                        then.run();
                    });
                    return false;
                }
                case DISCARD -> {}
            }
        }
        remove(f);
        then.run();
        return true;
    }

    /** Closes every form (asking for each one with edits), then runs {@code then}; stops where one stays open. */
    public void closeAll(Runnable then) {
        if (forms.isEmpty()) {
            then.run();
            return;
        }
        close(forms.get(0), () -> closeAll(then));
    }

    private void remove(CaseFormViewModel f) {
        f.close();
        forms.remove(f);
    }

    /** Sample ledger only: works on as another person from the roster; open forms close first. */
    public void switchUser(StaffMember person) {
        if (!session.isDemo() || person.equals(session.user())) {
            return;
        }
        closeAll(() -> {
            session.userProperty().set(person);
            refresh();
        });
    }
}
