package jp.shomu.ledger.ui.caseform;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import jp.shomu.ledger.ui.caseform.HistoryViewModel.Line;
import jp.shomu.ledger.ui.common.Messages;

/** The case's audit trail, oldest first. */
final class HistoryView extends TableView<Line> {
    HistoryView(HistoryViewModel vm) {
        super(vm.lines());
        setId("history-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("history.col.when", 140, Line::when));
        getColumns().add(column("history.col.who", 110, Line::who));
        getColumns().add(column("history.col.action", 140, Line::action));
        getColumns().add(column("history.col.detail", 560, Line::detail));
        setPlaceholder(new Label(Messages.get("records.none")));
    }

    private static TableColumn<Line, String> column(String key, double width, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
