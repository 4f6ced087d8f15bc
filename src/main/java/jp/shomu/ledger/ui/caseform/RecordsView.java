package jp.shomu.ledger.ui.caseform;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.caseform.CaseRecordsViewModel.Line;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** Double checks, pauses, minutes and comments, with the inputs to log time and write a comment. */
final class RecordsView extends ScrollPane {
    RecordsView(CaseRecordsViewModel vm) {
        TextField minutes = new TextField();
        minutes.setId("time-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setPromptText(Messages.get("records.minutesPrompt"));
        minutes.textProperty().bindBidirectional(vm.minutesProperty());
        minutes.setOnAction(e -> vm.logTime());
        var log = Controls.button("records.log", vm::logTime);
        log.setId("time-log");
        log.disableProperty().bind(vm.canLogTimeProperty().not());
        Label total = new Label();
        total.setId("time-total");
        total.textProperty().bind(vm.totalMinutesProperty());
        HBox timeRow =
                new HBox(8, Controls.label("records.today"), minutes, Controls.label("records.minuteUnit"), log, total);
        timeRow.setAlignment(Pos.CENTER_LEFT);

        TextArea comment = new TextArea();
        comment.setId("comment-text");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(vm.commentProperty());
        var add = Controls.button("records.addComment", vm::addComment);
        add.setId("comment-add");
        add.disableProperty().bind(vm.canCommentProperty().not());
        HBox commentRow = new HBox(8, comment, add);
        commentRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(comment, Priority.ALWAYS);

        VBox content = new VBox(
                10,
                Controls.label("records.checks", "section-title"),
                table(vm.checks(), "records.col.checkResult"),
                Controls.label("records.pauses", "section-title"),
                table(vm.pauses(), "records.col.pauseKind"),
                Controls.label("records.work", "section-title"),
                timeRow,
                commentRow,
                table(vm.work(), "records.col.workKind"));
        content.getStyleClass().add("records-view");
        setContent(content);
        setFitToWidth(true);
    }

    private static TableView<Line> table(ObservableList<Line> lines, String whatKey) {
        TableView<Line> t = new TableView<>(lines);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(column("records.col.when", 150, Line::when));
        t.getColumns().add(column("records.col.who", 110, Line::who));
        t.getColumns().add(column(whatKey, 110, Line::what));
        t.getColumns().add(column("records.col.detail", 400, Line::detail));
        t.setPlaceholder(new Label(Messages.get("records.none")));
        t.setPrefHeight(150);
        return t;
    }

    private static TableColumn<Line, String> column(String key, double width, Function<Line, String> value) {
        TableColumn<Line, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
