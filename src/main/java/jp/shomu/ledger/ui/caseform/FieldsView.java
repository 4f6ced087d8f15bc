package jp.shomu.ledger.ui.caseform;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.service.cases.LinkedCase;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The subject and the catalog's fields in one column: label, editor, and what was understood or what is wrong. */
final class FieldsView extends ScrollPane {
    FieldsView(CaseFormViewModel vm) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.getColumnConstraints().addAll(new ColumnConstraints(200), new ColumnConstraints(300), grow());
        TextField subject = new TextField();
        subject.setId("field-subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        subject.disableProperty().bind(vm.editableProperty().not());
        Label subjectLabel = new Label(Messages.get("form.subject") + Messages.get("form.requiredMark"));
        subjectLabel.getStyleClass().addAll("field-label", "required");
        grid.add(subjectLabel, 0, 0);
        grid.add(subject, 1, 0, 2, 1);
        int row = 1;
        List<Node> empties = new ArrayList<>();
        for (FieldEditorModel m : vm.fields()) {
            Label label = new Label(m.label());
            label.getStyleClass().add("field-label");
            if (m.def().required()) {
                label.getStyleClass().add("required");
            }
            label.setWrapText(true);
            Label note = Controls.message("field-note");
            note.textProperty()
                    .bind(Bindings.when(m.errorProperty().isEmpty())
                            .then(m.hintProperty())
                            .otherwise(m.errorProperty()));
            m.errorProperty().addListener((obs, old, err) -> {
                note.getStyleClass().remove("field-error");
                if (!err.isEmpty()) {
                    note.getStyleClass().add("field-error");
                }
            });
            note.setId("note-" + m.def().key());
            Node editor = FieldEditors.editorFor(m, vm.openCase().session().roster());
            if (m.textProperty().get().isEmpty() && !m.masked()) {
                empties.add(editor);
            }
            grid.addRow(row++, label, editor, note);
            // only what the case needs: a field whose condition does not hold takes no row
            for (Node n : new Node[] {label, editor}) {
                n.visibleProperty().bind(m.appliesProperty());
                n.managedProperty().bind(m.appliesProperty());
            }
            note.managedProperty().unbind();
            note.visibleProperty().unbind();
            note.visibleProperty().bind(note.textProperty().isNotEmpty().and(m.appliesProperty()));
            note.managedProperty().bind(note.visibleProperty());
        }
        if (vm.openCase().isNew()) {
            // a new case starts where the typing starts: the first empty field (件名 for a fresh one)
            Node first = vm.subjectProperty().get().isBlank() || empties.isEmpty() ? subject : empties.get(0);
            focusWhenShown(first, vm);
        }
        VBox box = new VBox(16, grid, links(vm.links()));
        box.getStyleClass().add("fields-view");
        setContent(box);
        getStyleClass().add("fields-scroll");
        setFitToWidth(true);
    }

    /** 関連案件: the linked cases both ways; Enter or a double-click opens one. */
    private static Node links(LinksViewModel links) {
        Label title = new Label(Messages.get("links.title"));
        title.getStyleClass().add("section-title");
        ListView<LinkedCase> list = new ListView<>(links.rows());
        list.setId("case-links");
        // as tall as its rows (one line for "none"), so the section takes no more room than it needs
        list.prefHeightProperty()
                .bind(Bindings.max(1, Bindings.size(links.rows())).multiply(26).add(4));
        list.setPlaceholder(new Label(Messages.get("links.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LinkedCase item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : LinksViewModel.text(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                links.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                links.open(list.getSelectionModel().getSelectedItem());
            }
        });
        HBox followOns = new HBox(8);
        followOns.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (links.canLink()) {
            Button link = new Button(Messages.get("links.link.button"));
            link.setId("link-case");
            link.setOnAction(e -> links.linkExisting());
            followOns.getChildren().add(link);
        }
        for (var type : links.followOnTypes()) {
            Button start = new Button(Messages.format("links.followOn", type.code(), type.name()));
            start.setId("follow-on-" + type.code());
            start.setOnAction(e -> links.startFollowOn(type.code()));
            followOns.getChildren().add(start);
        }
        followOns.setVisible(!followOns.getChildren().isEmpty());
        followOns.setManaged(followOns.isVisible());
        VBox section = new VBox(4, title, list, followOns);
        section.getStyleClass().add("links-section");
        return section;
    }

    private static void focusWhenShown(Node node, CaseFormViewModel vm) {
        Runnable focus = () -> {
            if (vm.openCase().isNew()) { // not for an existing case being loaded into the form
                node.requestFocus();
            }
        };
        if (node.getScene() != null) {
            Platform.runLater(focus);
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(focus);
                }
            }
        };
        node.sceneProperty().addListener(once);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(160);
        return c;
    }
}
