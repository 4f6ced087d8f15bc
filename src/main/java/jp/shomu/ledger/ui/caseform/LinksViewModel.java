package jp.shomu.ledger.ui.caseform;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    // Commands

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
