package jp.shomu.ledger.ui.settings;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The open proposals of one kind; the chosen one's differences, before and after, and approve or reject. */
final class ProposalsView extends VBox {
    ProposalsView(ProposalsViewModel vm, String idPrefix) {
        super(6);
        setId(idPrefix + "-proposals");
        TableView<ProposalsViewModel.ProposalRow> list = new TableView<>(vm.proposals());
        list.setId(idPrefix + "-proposal-list");
        list.setPlaceholder(new Label(Messages.get("settings.proposals.none")));
        list.getColumns().add(column("settings.proposals.number", 60, ProposalsViewModel.ProposalRow::number));
        list.getColumns().add(column("settings.proposals.summary", 380, ProposalsViewModel.ProposalRow::summary));
        list.getColumns().add(column("settings.proposals.proposer", 120, ProposalsViewModel.ProposalRow::proposer));
        list.getColumns().add(column("settings.proposals.at", 140, ProposalsViewModel.ProposalRow::proposedAt));
        list.setPrefHeight(130);
        list.setMinHeight(84);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty()
                .addListener((obs, old, now) -> list.getSelectionModel().select(now));

        Label note = Controls.message("muted");
        note.setId(idPrefix + "-review-note");
        note.textProperty().bind(vm.reviewNoteProperty());
        TableView<ProposalsViewModel.DifferenceRow> diff = new TableView<>(vm.differences());
        diff.setId(idPrefix + "-differences");
        diff.setPlaceholder(new Label(""));
        diff.getColumns().add(column("settings.diff.item", 320, ProposalsViewModel.DifferenceRow::item));
        diff.getColumns().add(column("settings.diff.before", 220, ProposalsViewModel.DifferenceRow::before));
        diff.getColumns().add(column("settings.diff.after", 220, ProposalsViewModel.DifferenceRow::after));
        diff.setMinHeight(90);
        VBox.setVgrow(diff, Priority.ALWAYS);

        TextField comment = new TextField();
        comment.setId(idPrefix + "-decision-note");
        comment.setPromptText(Messages.get("settings.decision.prompt"));
        comment.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(comment, Priority.ALWAYS);
        Label commentLabel = Controls.labelFor("settings.decision.note", comment);
        Button approve = Controls.button("settings.approve", vm::approve);
        approve.setId(idPrefix + "-approve");
        approve.disableProperty().bind(vm.canApproveProperty().not());
        Button reject = Controls.button("settings.reject", vm::reject);
        reject.setId(idPrefix + "-reject");
        reject.disableProperty().bind(vm.canRejectProperty().not());
        HBox decide = new HBox(8, commentLabel, comment, approve, reject);
        decide.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(Controls.label("settings.proposals.title", "section-title"), list, note, diff, decide);
    }

    static <R> TableColumn<R, String> column(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
