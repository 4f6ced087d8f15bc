package jp.shomu.ledger.ui.caseform;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.caseform.CaseActionsViewModel.Step;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.SlaBadge;

/** One case: header, banner and messages, the status-flow buttons, and tabs for fields, checklist, records, history. */
public final class CaseFormView extends BorderPane {
    private final TabPane tabs;

    public CaseFormView(CaseFormViewModel vm) {
        getStyleClass().add("case-form");
        // the buttons and, beside them, a message line of fixed size: a message coming or going moves nothing
        StackPane message = message(vm);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox actionRow = new HBox(12, actions(vm), message);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        actionRow.setMinHeight(36);
        actionRow.setPrefHeight(36);
        actionRow.setMaxHeight(36);
        VBox top = new VBox(8, header(vm.header()), banner(vm), actionRow);
        top.getStyleClass().add("case-form-top");
        setTop(top);
        tabs = new TabPane(
                tab("form.tab.fields", () -> new FieldsView(vm)),
                tab("form.tab.checklist", () -> new ChecklistView(vm.checklist())),
                tab("form.tab.records", () -> new RecordsView(vm.records())),
                tab("form.tab.history", () -> new HistoryView(vm.history())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("case-form-tabs");
        setCenter(tabs);
    }

    /** Brings the form's tab {@code index} (0 内容, 1 チェックリスト, 2 記録, 3 履歴) to the front: Ctrl+1…4. */
    public void selectTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
            tabs.requestFocus();
        }
    }

    /** A tab whose content is built the first time it is shown, so opening a case builds only what is seen. */
    private static Tab tab(String key, Supplier<Node> content) {
        Tab t = new Tab(Messages.get(key));
        t.setId(key.replace('.', '-'));
        t.selectedProperty().addListener((obs, was, now) -> {
            if (now && t.getContent() == null) {
                t.setContent(content.get());
            }
        });
        if (t.isSelected()) {
            t.setContent(content.get());
        }
        return t;
    }

    private static VBox header(CaseHeaderModel h) {
        Label title = new Label();
        title.getStyleClass().add("case-title");
        title.textProperty().bind(h.titleProperty());
        Label type = new Label();
        type.getStyleClass().add("chip");
        type.textProperty().bind(h.typeTextProperty());
        Label status = new Label();
        status.setId("case-status");
        status.getStyleClass().addAll("chip", "status-chip");
        status.textProperty().bind(h.statusTextProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        Label sla = new Label();
        sla.setId("case-sla");
        sla.getStyleClass().add("chip");
        h.slaProperty().addListener((obs, old, badge) -> showBadge(sla, badge));
        showBadge(sla, h.slaProperty().get());
        Label due = new Label();
        due.textProperty().bind(h.dueTextProperty());
        Label people = new Label();
        people.getStyleClass().add("muted");
        people.textProperty().bind(h.peopleTextProperty());
        HBox chips = new HBox(8, type, status, sla, due);
        chips.setAlignment(Pos.CENTER_LEFT);
        Label sentBack = new Label();
        sentBack.setId("case-send-back");
        sentBack.getStyleClass().add("send-back-banner");
        sentBack.setWrapText(true);
        sentBack.setMaxWidth(Double.MAX_VALUE);
        sentBack.textProperty().bind(h.sendBackTextProperty());
        sentBack.visibleProperty().bind(sentBack.textProperty().isNotEmpty());
        sentBack.managedProperty().bind(sentBack.visibleProperty());
        return new VBox(4, title, chips, people, sentBack, tableLink(h));
    }

    /** A month-end case's way back to its table (6-2 2027-03): the window opens the table at that month. */
    private static javafx.scene.control.Hyperlink tableLink(CaseHeaderModel h) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        link.setId("case-table-link");
        link.textProperty()
                .bind(javafx.beans.binding.Bindings.when(h.tableMonthProperty().isEmpty())
                        .then("")
                        .otherwise(javafx.beans.binding.Bindings.format(
                                Messages.get("table.linkBack"), h.tableMonthProperty())));
        link.visibleProperty().bind(h.tableMonthProperty().isNotEmpty());
        link.managedProperty().bind(link.visibleProperty());
        link.setOnAction(e -> {
            String[] typeAndMonth = h.tableMonthProperty().get().split(" ");
            link.fireEvent(new jp.shomu.ledger.ui.tables.OpenTableEvent(
                    typeAndMonth[0], java.time.YearMonth.parse(typeAndMonth[1])));
        });
        return link;
    }

    private static void showBadge(Label label, SlaBadge badge) {
        label.getStyleClass().removeIf(s -> s.startsWith("sla-"));
        label.setText(badge.text());
        label.getStyleClass().add(badge.styleClass());
        label.setVisible(badge != SlaBadge.NONE);
    }

    private static HBox banner(CaseFormViewModel vm) {
        Label text = new Label();
        text.setId("case-banner");
        text.setWrapText(true);
        text.textProperty().bind(vm.bannerProperty());
        Button reload = Controls.button("form.reloadLatest", vm::reloadLatest);
        HBox box = new HBox(12, text, Controls.spacer(), reload);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("info-banner");
        box.visibleProperty().bind(vm.bannerProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * One line kept free for what the form has to say — what went wrong, why a step waits, that a step went through
     * — so a message coming or going never moves the buttons and the checklist under the pointer. The full text of a
     * long message is in its tooltip.
     */
    private static StackPane message(CaseFormViewModel vm) {
        Label error = line("case-message", "error-banner", vm.openCase().messageProperty());
        Label hint = line("action-hint", "action-hint", vm.actions().hintProperty());
        Label notice = line("case-notice", "notice-line", vm.openCase().noticeProperty());
        hint.visibleProperty()
                .bind(hint.textProperty()
                        .isNotEmpty()
                        .and(error.visibleProperty().not()));
        notice.visibleProperty()
                .bind(notice.textProperty()
                        .isNotEmpty()
                        .and(error.visibleProperty().not())
                        .and(hint.visibleProperty().not()));
        StackPane row = new StackPane(notice, hint, error);
        row.setId("message-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("message-row");
        row.setMinSize(160, 30);
        row.setPrefHeight(30);
        row.setMaxHeight(30);
        return row;
    }

    private static Label line(String id, String styleClass, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setWrapText(false);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        l.setTooltip(tip);
        return l;
    }

    private static FlowPane actions(CaseFormViewModel vm) {
        CaseActionsViewModel a = vm.actions();
        Button save = Controls.button("form.save", vm::save);
        save.setId("save");
        save.setDefaultButton(false);
        save.disableProperty()
                .bind(vm.validProperty().not().or(vm.editableProperty().not()));
        Button check = Controls.offered("action.check", a.offeredProperty(Step.CHECK), a::doubleCheck);
        check.setId("action-check");
        check.disableProperty().bind(a.checkBlockedProperty());
        FlowPane bar = new FlowPane(
                8,
                6,
                save,
                id(Controls.offered("action.start", a.offeredProperty(Step.START), a::start), "action-start"),
                id(
                        Controls.offered("action.submit", a.offeredProperty(Step.SUBMIT), a::submitForCheck),
                        "action-submit"),
                check,
                id(Controls.offered("action.inquiry", a.offeredProperty(Step.INQUIRY), a::inquiry), "action-inquiry"),
                id(Controls.offered("action.hold", a.offeredProperty(Step.HOLD), a::hold), "action-hold"),
                id(Controls.offered("action.resume", a.offeredProperty(Step.RESUME), a::resume), "action-resume"),
                id(
                        Controls.offered("action.complete", a.offeredProperty(Step.COMPLETE), a::complete),
                        "action-complete"),
                id(
                        Controls.offered("action.withdraw", a.offeredProperty(Step.WITHDRAW), a::withdraw),
                        "action-withdraw"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWrapLength(640); // one row of buttons; the message line takes the rest of the width
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private static Button id(Button b, String id) {
        b.setId(id);
        return b;
    }
}
