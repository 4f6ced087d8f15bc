package jp.shomu.ledger.ui.caseform;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.LinkedCase;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.LedgerWatcher;
import jp.shomu.ledger.ui.common.Messages;

/** The form's 関連案件: the cases linked to this one, both ways (親案件, 子案件, 関連), each opened by double-click. */
public final class LinksViewModel {
    private final OpenCase openCase;
    private final Runnable linksChanged;
    /** The case whose links {@link #rows} hold; a first load for a case is not a change of its links. */
    private Long loadedFor;

    // Properties
    private final ObservableList<LinkedCase> rows = FXCollections.observableArrayList();

    /**
     * A link leaves both cases as they were, so their details read again are equal and announce no change: every
     * change to the ledger, here or from another PC, reads the links again (the other end's form, open in another tab,
     * shows a link made from this one).
     */
    private final Consumer<LedgerWatcher.Origin> watcherListener = origin -> reloadLinks();

    /** @param linksChanged told when the links read again differ from those shown (the history then reads again) */
    LinksViewModel(OpenCase openCase, Runnable linksChanged) {
        this.openCase = openCase;
        this.linksChanged = linksChanged;
        openCase.detailsProperty().addListener((obs, old, d) -> load(d));
        openCase.session().watcher().addListener(watcherListener);
    }

    /** Stops listening to the ledger: the form was closed. */
    void close() {
        openCase.session().watcher().removeListener(watcherListener);
    }

    public ObservableList<LinkedCase> rows() {
        return rows;
    }

    /** One line per link: what the other case is to this one, its number, type, subject, status, who linked when. */
    public static String text(LinkedCase l) {
        return Messages.format(
                "links.row",
                l.roleLabel(),
                Long.toString(l.id()),
                l.typeCode(),
                l.subject(),
                l.status().label(),
                l.linkedBy(),
                DisplayFormat.dateTime(l.linkedAt()));
    }

    /** The types a follow-on may be started in from this case (the catalog's followOns), if this person may. */
    public List<TaskType> followOnTypes() {
        var session = openCase.session();
        if (!session.can(Action.CREATE_CASE)) {
            return List.of();
        }
        return openCase.type().followOns().stream()
                .map(f -> session.catalog().taskType(f.type()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** Whether this person may link cases (the 関連付け… button shows only then). */
    public boolean canLink() {
        return openCase.session().can(Action.EDIT_CASE);
    }

    // Commands

    /**
     * Links this case to an existing one chosen in the 関連付け dialog, through the same service as {@code case link};
     * a refusal (itself, twice, a cycle, no such case) shows on the form's message line and nothing is saved.
     */
    public void linkExisting() {
        Long id = openCase.idProperty().get();
        if (id == null) {
            openCase.messageProperty().set(Messages.get("links.link.saveFirst"));
            return;
        }
        LinkCaseViewModel dialog = new LinkCaseViewModel(id);
        if (!openCase.dialogs().showLinkCase(dialog)) {
            return;
        }
        var session = openCase.session();
        long to = dialog.otherId();
        var kind = dialog.kind();
        openCase.messageProperty().set("");
        openCase.noticeProperty().set("");
        openCase.executor()
                .run(
                        Messages.format("links.link.running", Long.toString(id), Long.toString(to)),
                        () -> {
                            session.links().link(session.user(), id, to, kind);
                            return null;
                        },
                        done -> {
                            openCase.noticeProperty()
                                    .set(Messages.format("links.link.done", Long.toString(to), kind.label()));
                            session.watcher().changedHere();
                        },
                        openCase::fail);
    }

    /** Starts the follow-on case with the catalog's values carried over, and opens it. */
    public void startFollowOn(String typeCode) {
        Long id = openCase.idProperty().get();
        if (id == null) {
            openCase.messageProperty().set(Messages.get("links.saveFirst"));
            return;
        }
        var session = openCase.session();
        openCase.executor()
                .run(
                        Messages.format("links.creating", typeCode),
                        () -> session.links().followOn(session.user(), id, typeCode),
                        created -> {
                            session.watcher().changedHere();
                            openCase.reload();
                            openCase.openOther(created);
                        },
                        openCase::fail);
    }

    public void open(LinkedCase l) {
        if (l != null) {
            openCase.openOther(l.id());
        }
    }

    private void reloadLinks() {
        load(openCase.idProperty().get());
    }

    private void load(CaseDetails d) {
        if (d != null) {
            load(d.caseFile().id());
        }
    }

    private void load(Long id) {
        if (id == null) {
            return;
        }
        var session = openCase.session();
        openCase.executor()
                .run(
                        Messages.format("task.loadCase", Long.toString(id)),
                        () -> session.links().links(session.user(), id),
                        found -> show(id, found),
                        openCase::fail);
    }

    private void show(long id, List<LinkedCase> found) {
        boolean changed = loadedFor != null && loadedFor == id && !found.equals(rows);
        loadedFor = id;
        rows.setAll(found);
        if (changed) {
            linksChanged.run();
        }
    }
}
