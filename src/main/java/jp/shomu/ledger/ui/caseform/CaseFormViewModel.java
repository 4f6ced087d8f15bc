package jp.shomu.ledger.ui.caseform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.audit.CaseHistoryEntry;
import jp.shomu.ledger.domain.cases.CaseAction;
import jp.shomu.ledger.domain.cases.CaseConflictException;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.catalog.FieldCondition;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.CaseHistory;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.workplace.DraftStore.Draft;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.LedgerWatcher;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The case form: the subject and the catalog's fields of one case (or of a new one), saved against the version
 * they were loaded from. Someone else's save is announced in a banner; a save that loses the race opens the
 * conflict dialog; a save the ledger file cannot take keeps the input as a draft on this PC, offered back when the
 * case opens again. Its parts — header, checklist, actions, records, history — have their own models.
 */
public final class CaseFormViewModel {
    private final OpenCase openCase;
    private final List<FieldEditorModel> fields;
    private final CaseHeaderModel header;
    private final ChecklistViewModel checklist;
    private final CaseActionsViewModel actions;
    private final CaseRecordsViewModel records;
    private final HistoryViewModel history;
    private final LinksViewModel links;
    private final Consumer<LedgerWatcher.Origin> watcherListener = this::ledgerChanged;
    private final FormDraft draft;
    private CaseFile base;
    /** Runs once the save in progress went through (保存して閉じる); null when none waits. */
    private Runnable afterSaved;

    // Properties
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty loadedSubject = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty;
    private final BooleanBinding valid;
    private final BooleanBinding editable;

    public CaseFormViewModel(OpenCase openCase) {
        this.openCase = openCase;
        var session = openCase.session();
        boolean seesSensitive = session.can(Action.VIEW_SENSITIVE);
        this.fields = FieldInput.fieldsOf(openCase.type()).stream()
                .map(f -> new FieldEditorModel(
                        f, no -> session.staffByEmployeeNo(no).map(s -> s.name()), f.sensitive() && !seesSensitive))
                .toList();
        this.header = new CaseHeaderModel(openCase);
        this.checklist = new ChecklistViewModel(openCase);
        this.records = new CaseRecordsViewModel(openCase);
        this.history = new HistoryViewModel(openCase);
        this.draft = new FormDraft(openCase);
        this.links = new LinksViewModel(openCase, history::reload);
        bindConditions();
        new CalculatedFieldsModel(openCase.type(), session.cases().calculator(), fields, checklist.items());
        dirty = Bindings.createBooleanBinding(
                () -> subjectChanged()
                        || fields.stream()
                                .anyMatch(f -> f.appliesProperty().get()
                                        && !f.def().calculated()
                                        && f.changedProperty().get()),
                dependencies());
        // a field the case does not need (hidden by the catalog's condition) is not checked
        valid = Bindings.createBooleanBinding(
                () -> !subject.get().isBlank()
                        && fields.stream()
                                .allMatch(f -> !f.appliesProperty().get()
                                        || f.validProperty().get()),
                dependencies());
        editable = Bindings.createBooleanBinding(
                () -> openCase.details() == null
                        ? session.can(Action.EDIT_CASE)
                        : CaseWorkflow.allowedActions(
                                        session.user(), openCase.details().caseFile())
                                .contains(CaseAction.EDIT),
                openCase.detailsProperty());
        this.actions = new CaseActionsViewModel(openCase, dirty);
        // a calculated field is never typed: the form works it out as the others are typed
        fields.stream()
                .filter(f -> !f.def().calculated())
                .forEach(f -> f.editableProperty().bind(editable));
        fields.stream()
                .filter(f -> f.def().calculated())
                .forEach(f -> f.editableProperty().set(false));
        openCase.detailsProperty().addListener((obs, old, d) -> showDetails(d));
        session.watcher().addListener(watcherListener);
    }

    /** Each field with a catalog condition applies while the field it depends on holds one of its values. */
    private void bindConditions() {
        for (FieldEditorModel f : fields) {
            FieldCondition when = f.def().when();
            if (when == null) {
                continue;
            }
            fields.stream()
                    .filter(on -> on.def().key().equals(when.field()))
                    .findFirst()
                    .ifPresent(on -> f.appliesProperty()
                            .bind(Bindings.createBooleanBinding(
                                    () -> when.values()
                                            .contains(on.textProperty().get()),
                                    on.textProperty())));
        }
    }

    private Observable[] dependencies() {
        var deps = new ArrayList<Observable>();
        deps.add(subject);
        deps.add(loadedSubject);
        fields.forEach(f -> {
            deps.add(f.changedProperty());
            deps.add(f.validProperty());
            deps.add(f.appliesProperty());
        });
        return deps.toArray(Observable[]::new);
    }

    // Properties

    public OpenCase openCase() {
        return openCase;
    }

    public List<FieldEditorModel> fields() {
        return fields;
    }

    public CaseHeaderModel header() {
        return header;
    }

    public ChecklistViewModel checklist() {
        return checklist;
    }

    public CaseActionsViewModel actions() {
        return actions;
    }

    public CaseRecordsViewModel records() {
        return records;
    }

    public LinksViewModel links() {
        return links;
    }

    public HistoryViewModel history() {
        return history;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    /** Someone else changed this case while it was open; empty when not. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    // Commands

    /** Shows an existing case, read by whoever opened the form, and offers back a draft kept for it. */
    public void show(CaseDetails details) {
        openCase.idProperty().set(details.caseFile().id());
        openCase.setDetails(details);
        if (editable.get()) {
            draft.offer(base).ifPresent(this::restore);
        }
    }

    /**
     * Fills the form with a kept draft; the person saves it as usual and the draft goes once the save succeeds. A draft
     * typed over an older version is saved against that version, so another person's save in between is never
     * overwritten without the conflict dialog.
     */
    public void restore(Draft kept) {
        if (kept.subject() != null) {
            subject.set(kept.subject());
        }
        fields.stream()
                .filter(f -> !f.masked() && kept.fields().containsKey(f.def().key()))
                .forEach(f -> f.textProperty().set(kept.fields().get(f.def().key())));
        draft.restored(kept, base, dirty.get());
    }

    /** Saves the subject and the changed fields: registers a new case, or updates against the loaded version. */
    public void save() {
        if (!valid.get() || (!dirty.get() && !openCase.isNew())) {
            return;
        }
        var session = openCase.session();
        String newSubject = subject.get().strip();
        Map<String, String> changed = changedFields();
        openCase.messageProperty().set("");
        if (openCase.isNew()) {
            openCase.executor()
                    .run(
                            Messages.get("task.create"),
                            () -> session.cases()
                                    .create(session.user(), openCase.type().code(), newSubject, changed),
                            id -> {
                                session.watcher().changedHere();
                                draft.forget();
                                openCase.idProperty().set(id);
                                openCase.reload();
                                saved();
                            },
                            this::saveFailed);
            return;
        }
        long id = base.id();
        long against = draft.savedAgainst(base);
        openCase.executor()
                .run(
                        Messages.format("task.save", Long.toString(id)),
                        () -> session.cases().update(session.user(), id, against, newSubject, changed),
                        v -> afterSave(),
                        this::saveFailed);
    }

    /**
     * Saves, then runs {@code then} once the save went through (保存して閉じる). Input that cannot be saved stays,
     * with the reason in the message line, and {@code then} does not run.
     */
    public void saveThen(Runnable then) {
        if (!valid.get()) {
            openCase.messageProperty().set(Messages.get("close.invalid"));
            return;
        }
        if (!dirty.get() && !openCase.isNew()) {
            then.run();
            return;
        }
        afterSaved = then;
        save();
    }

    private void saved() {
        Runnable then = afterSaved;
        afterSaved = null;
        if (then != null) {
            then.run();
        }
    }

    /** The banner's button: shows the case as now saved, after asking when that throws away edits. */
    public void reloadLatest() {
        if (dirty.get()
                && !openCase.dialogs().confirm(Messages.get("form.reloadTitle"), Messages.get("form.reloadDirty"))) {
            return;
        }
        discardAndReload();
    }

    /** Throws away this form's edits (and their draft) and shows the case as now saved. */
    public void discardAndReload() {
        draft.forget();
        var session = openCase.session();
        long id = openCase.idProperty().get();
        openCase.executor()
                .run(
                        Messages.format("task.loadCase", Long.toString(id)),
                        () -> session.cases().details(session.user(), id),
                        d -> {
                            base = null;
                            banner.set("");
                            showDetails(d);
                            openCase.setDetails(d);
                        },
                        openCase::fail);
    }

    /** Stops listening to the ledger: the form was closed. */
    public void close() {
        openCase.session().watcher().removeListener(watcherListener);
        links.close();
    }

    private void afterSave() {
        draft.forget();
        banner.set("");
        base = null;
        openCase.session().watcher().changedHere();
        openCase.reload();
        saved();
    }

    private void saveFailed(Throwable error) {
        afterSaved = null;
        if (error instanceof CaseConflictException conflict && !openCase.isNew()) {
            showConflict(conflict);
            return;
        }
        CaseDrafts.unwritable(error)
                .ifPresentOrElse(
                        refusal -> draft.keep(
                                refusal,
                                base,
                                openCase.isNew() || subjectChanged()
                                        ? subject.get().strip()
                                        : null,
                                changedFields()),
                        () -> openCase.fail(error));
    }

    private void showConflict(CaseConflictException conflict) {
        Map<String, String> mine = new TreeMap<>(currentValues());
        mine.put(ConflictViewModel.SUBJECT_KEY, subject.get().strip());
        // calculated fields are not chosen: they follow from the values chosen
        ConflictViewModel vm = new ConflictViewModel(
                FieldInput.fieldsOf(openCase.type()).stream()
                        .filter(f -> !f.calculated())
                        .toList(),
                baseValues(),
                conflict.current(),
                mine,
                base.status());
        switch (openCase.dialogs().showConflict(vm)) {
            case SAVE_CHOSEN -> saveResolved(vm, conflict);
            case DISCARD_MINE -> discardAndReload();
            case CANCEL -> banner.set(Messages.get("form.conflictPending"));
        }
    }

    private void saveResolved(ConflictViewModel vm, CaseConflictException conflict) {
        var session = openCase.session();
        long id = base.id();
        String chosenSubject = vm.chosenSubject(conflict.current().subject());
        Map<String, String> changes = vm.chosenFieldChanges();
        openCase.executor()
                .run(
                        Messages.format("task.save", Long.toString(id)),
                        () -> session.cases().update(session.user(), id, vm.theirVersion(), chosenSubject, changes),
                        v -> afterSave(),
                        this::saveFailed);
    }

    /** The values the form's edits were made over, as the conflict dialog compares them. */
    private Map<String, String> baseValues() {
        Map<String, String> values = new TreeMap<>(base.fields());
        values.put(ConflictViewModel.SUBJECT_KEY, base.subject());
        draft.markUnknownBase(values);
        return values;
    }

    private boolean subjectChanged() {
        return !subject.get().strip().equals(loadedSubject.get());
    }

    private Map<String, String> changedFields() {
        Map<String, String> changed = new LinkedHashMap<>();
        fields.stream()
                .filter(f -> f.changedProperty().get()
                        && !f.masked()
                        && !f.def().calculated()
                        && f.appliesProperty().get())
                .forEach(f -> changed.put(f.def().key(), f.textProperty().get()));
        return changed;
    }

    private Map<String, String> currentValues() {
        Map<String, String> values = new TreeMap<>();
        for (FieldEditorModel f : fields) {
            String v = f.canonical();
            if (!v.isEmpty()) {
                values.put(f.def().key(), v);
            }
        }
        return values;
    }

    /** New details arrived: the form follows them unless the person is editing, in which case their text stays. */
    private void showDetails(CaseDetails d) {
        if (d == null) {
            return;
        }
        CaseFile c = d.caseFile();
        if (base == null || (c.version() != base.version() && !dirty.get())) {
            base = c;
            loadedSubject.set(c.subject());
            subject.set(c.subject());
            fields.forEach(f -> f.load(c.field(f.def().key())));
        }
    }

    private void ledgerChanged(LedgerWatcher.Origin origin) {
        if (origin != LedgerWatcher.Origin.OTHERS || openCase.isNew()) {
            return;
        }
        var session = openCase.session();
        long id = openCase.idProperty().get();
        openCase.executor()
                .run(
                        Messages.format("task.loadCase", Long.toString(id)),
                        () -> new Refresh(
                                session.cases().details(session.user(), id),
                                session.history().history(session.user(), id)),
                        this::applyRefresh,
                        error -> banner.set(Messages.get("form.refreshFailed")));
    }

    private record Refresh(CaseDetails details, CaseHistory history) {}

    private void applyRefresh(Refresh r) {
        if (r.details().equals(openCase.details())) {
            return;
        }
        List<CaseHistoryEntry> entries = r.history().entries();
        CaseHistoryEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        String who = last == null ? "" : openCase.session().staffNameByLogin(last.actor());
        String when = last == null ? "" : DisplayFormat.dateTime(last.at());
        boolean keepEdits = dirty.get() && r.details().caseFile().version() != base.version();
        banner.set(Messages.format(keepEdits ? "form.changedByOthersKeep" : "form.changedByOthers", who, when));
        openCase.setDetails(r.details());
        history.show(r.history());
    }
}
