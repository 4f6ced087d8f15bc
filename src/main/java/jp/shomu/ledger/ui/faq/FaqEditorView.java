package jp.shomu.ledger.ui.faq;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The FAQ editor and review screen: the list on the left, the words, the difference and the history on the right. */
public final class FaqEditorView extends SplitPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    public FaqEditorView(FaqEditorViewModel vm) {
        ListView<FaqEditorViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("faq-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.select(row.id());
            }
        });
        VBox left = new VBox(8, Controls.button("faq.new", () -> vm.select(0)), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        TextField type = text("faq-type", vm.typeProperty());
        TextArea question = area("faq-question", vm.questionProperty(), 2);
        TextArea answer = area("faq-answer", vm.answerProperty(), 6);
        TextField keywords = text("faq-keywords", vm.keywordsProperty());
        TextField source = text("faq-source", vm.sourceProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int r = 0;
        for (Object[] f : new Object[][] {
            {"faq.type", type},
            {"faq.question", question},
            {"faq.answer", answer},
            {"faq.keywords", keywords},
            {"faq.source", source}
        }) {
            Label l = new Label(Messages.get((String) f[0]));
            l.setMnemonicParsing(true);
            l.setLabelFor((Node) f[1]);
            l.setMinWidth(Region.USE_PREF_SIZE);
            form.add(l, 0, r);
            form.add((Node) f[1], 1, r++);
            GridPane.setHgrow((Node) f[1], Priority.ALWAYS);
        }
        HBox buttons = new HBox(
                8,
                button("faq-save", "faq.save", vm::save),
                button("faq-submit", "faq.submit", vm::submit),
                button("faq-approve", "faq.approve", vm::approve),
                button("faq-send-back", "faq.sendBack", vm::sendBack),
                button("faq-retire", "faq.retire", vm::retire));
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("faq-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        TextArea difference = readOnly("faq-difference", vm.differenceProperty(), 6);
        TextArea history = readOnly("faq-history", vm.historyProperty(), 5);
        VBox right = new VBox(
                8,
                form,
                buttons,
                message,
                new Label(Messages.get("faq.difference")),
                difference,
                new Label(Messages.get("faq.history")),
                history);
        right.setPadding(new Insets(8));

        setId("faq-editor");
        getItems().addAll(left, right);
        setDividerPositions(0.38);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
        vm.refresh();
    }

    private static javafx.scene.control.Button button(String id, String key, Runnable action) {
        javafx.scene.control.Button b = Controls.button(key, action);
        b.setId(id);
        return b;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private static TextArea readOnly(String id, javafx.beans.value.ObservableValue<String> p, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bind(p);
        return a;
    }
}
