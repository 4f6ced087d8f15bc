package jp.shomu.ledger.ui.caseform;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.service.cases.LinkedCase;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** The form's 関連案件: the cases linked to this one, both ways (親案件, 子案件, 関連), each opened by double-click. */
public final class LinksViewModel {
    private final OpenCase openCase;

    // Properties
    private final ObservableList<LinkedCase> rows = FXCollections.observableArrayList();

    LinksViewModel(OpenCase openCase) {
        this.openCase = openCase;
        openCase.detailsProperty().addListener((obs, old, d) -> load(d));
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

    // Commands

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

    private void load(CaseDetails d) {
        if (d == null) {
            return;
        }
        var session = openCase.session();
        long id = d.caseFile().id();
        openCase.executor()
                .run(
                        Messages.format("task.loadCase", Long.toString(id)),
                        () -> session.links().links(session.user(), id),
                        rows::setAll,
                        openCase::fail);
    }
}
