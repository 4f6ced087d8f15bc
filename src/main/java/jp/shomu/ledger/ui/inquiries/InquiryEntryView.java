package jp.shomu.ledger.ui.inquiries;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.inquiries.FaqVersion;
import jp.shomu.ledger.domain.inquiries.Inquiry;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The quick-entry form, keyboard first: Alt+letter reaches every field, Ctrl+Enter saves, Esc clears, Enter on an
 * FAQ match uses its answer. The FAQ search sits beside the form.
 */
public final class InquiryEntryView extends SplitPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final TextArea question = new TextArea();

    public InquiryEntryView(InquiryEntryViewModel vm) {
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("inquiry-channel");
        channel.getItems().setAll(vm.channels());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        TextField department = field("inquiry-department", vm.departmentProperty());
        TextField employeeNo = field("inquiry-employee-no", vm.employeeNoProperty());
        ComboBox<String> type = new ComboBox<>();
        type.setId("inquiry-type");
        type.getItems().setAll(vm.types());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        question.setId("inquiry-question");
        question.setWrapText(true);
        question.setPrefRowCount(4);
        question.textProperty().bindBidirectional(vm.questionProperty());
        TextArea answer = new TextArea();
        answer.setId("inquiry-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        answer.textProperty().bindBidirectional(vm.answerProperty());
        Label chosen = new Label();
        chosen.setId("inquiry-chosen-faqs");
        vm.chosenFaqs().addListener((javafx.collections.ListChangeListener<FaqVersion>) c -> chosen.setText(
                vm.chosenFaqs().isEmpty()
                        ? ""
                        : "使った FAQ: "
                                + String.join(
                                        ", ",
                                        vm.chosenFaqs().stream()
                                                .map(f -> "#" + f.articleId())
                                                .toList())));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int r = 0;
        r = row(form, r, "inquiry.channel", channel);
        r = row(form, r, "inquiry.department", department);
        r = row(form, r, "inquiry.employeeNo", employeeNo);
        r = row(form, r, "inquiry.type", type);
        r = row(form, r, "inquiry.question", question);
        r = row(form, r, "inquiry.answer", answer);
        form.add(chosen, 1, r++);
        Label message = new Label();
        message.setId("inquiry-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(
                8,
                Controls.button("inquiry.save", () -> saved(vm)),
                Controls.button("inquiry.clear", () -> cleared(vm)));
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(12, form, buttons, message);
        left.setPadding(new Insets(12));
        GridPane.setHgrow(department, Priority.ALWAYS);

        TextField search = field("inquiry-search", vm.searchTextProperty());
        Label searchLabel = label("inquiry.search", search);
        ListView<FaqVersion> faqs = new ListView<>(vm.faqMatches());
        faqs.setId("inquiry-faq-matches");
        faqs.setCellFactory(l -> new FaqCell());
        faqs.setPlaceholder(new Label(Messages.get("inquiry.noMatch")));
        faqs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.useFaq(faqs.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        faqs.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.useFaq(faqs.getSelectionModel().getSelectedItem());
            }
        });
        ListView<Inquiry> past = new ListView<>(vm.pastMatches());
        past.setId("inquiry-past-matches");
        past.setCellFactory(l -> new PastCell());
        past.setPrefHeight(160);
        VBox right = new VBox(
                8,
                searchLabel,
                search,
                new Label(Messages.get("inquiry.faqs")),
                faqs,
                new Label(Messages.get("inquiry.past")),
                past);
        VBox.setVgrow(faqs, Priority.ALWAYS);
        right.setPadding(new Insets(12));

        setId("inquiry-entry");
        getItems().addAll(left, right);
        setDividerPositions(0.55);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                saved(vm);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cleared(vm);
                e.consume();
            }
        });
    }

    /** Where the operator starts typing. */
    public void focusFirstField() {
        question.requestFocus();
    }

    private void saved(InquiryEntryViewModel vm) {
        if (vm.save()) {
            question.requestFocus();
        }
    }

    private void cleared(InquiryEntryViewModel vm) {
        vm.clear();
        question.requestFocus();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setMnemonicParsing(true);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(target);
        return l;
    }

    private static int row(GridPane form, int r, String key, Node field) {
        form.add(label(key, field), 0, r);
        form.add(field, 1, r);
        return r + 1;
    }

    private static final class FaqCell extends ListCell<FaqVersion> {
        @Override
        protected void updateItem(FaqVersion f, boolean empty) {
            super.updateItem(f, empty);
            setWrapText(true);
            setPrefWidth(0);
            setText(
                    empty || f == null
                            ? null
                            : "#" + f.articleId() + " [" + f.typeCode() + "] " + f.question() + "\n  "
                                    + f.answer().replace('\n', ' '));
        }
    }

    private static final class PastCell extends ListCell<Inquiry> {
        @Override
        protected void updateItem(Inquiry q, boolean empty) {
            super.updateItem(q, empty);
            setText(
                    empty || q == null
                            ? null
                            : q.receivedAt().toLocalDate() + " " + q.department() + ": "
                                    + q.question().replace('\n', ' ')
                                    + (q.answer().isEmpty()
                                            ? ""
                                            : " → " + q.answer().replace('\n', ' ')));
        }
    }
}
