package jp.shomu.ledger.ui.caseform.conflict;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel.Row;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel.Side;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** Their value and yours, item by item, for a save that lost the race; nothing is overwritten without a choice. */
public final class ConflictDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = Controls.buttonType("conflict.save", ButtonData.OK_DONE);
    public static final ButtonType DISCARD = Controls.buttonType("conflict.discard", ButtonData.OTHER);

    public ConflictDialog(ConflictViewModel vm) {
        setTitle(Messages.get("conflict.title"));
        setHeaderText(Messages.get("conflict.title") + " — " + Messages.get("conflict.header"));
        GridPane grid = new GridPane();
        grid.setId("conflict-grid");
        grid.getStyleClass().add("conflict-grid");
        grid.addRow(
                0,
                Controls.label("conflict.item", "column-title"),
                Controls.label("conflict.theirs", "column-title"),
                Controls.label("conflict.mine", "column-title"));
        int r = 1;
        for (Row row : vm.rows()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton theirs = choice(row.theirsText(), Side.THEIRS, row, group);
            RadioButton mine = choice(row.mineText(), Side.MINE, row, group);
            Label label = new Label(row.label() + (row.bothChanged() ? Messages.get("conflict.bothChanged") : ""));
            label.getStyleClass().add(row.bothChanged() ? "conflict-both" : "conflict-one");
            grid.addRow(r++, label, theirs, mine);
        }
        Label note = Controls.message("muted");
        note.setText(vm.rows().isEmpty() ? Messages.get("conflict.noDifferences") : Messages.get("conflict.explain"));
        Label status = Controls.message("warning-text");
        status.setText(vm.statusNote());
        Label changedBy = Controls.message("warning-text");
        changedBy.setId("conflict-changed-by");
        changedBy.setText(vm.changedBy());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 40 + 34.0 * vm.rows().size()));
        VBox content = new VBox(10, note, changedBy, status, scroll);
        content.getStyleClass().add("dialog-content");
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        getDialogPane()
                .getButtonTypes()
                .addAll(SAVE, DISCARD, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        getDialogPane()
                .lookupButton(SAVE)
                .disableProperty()
                .bind(vm.resolvableProperty().not());
        Theme.apply(getDialogPane());
    }

    private static RadioButton choice(String text, Side side, Row row, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setWrapText(true);
        b.setMaxWidth(300);
        b.setToggleGroup(group);
        b.getStyleClass().add(side == Side.THEIRS ? "conflict-theirs" : "conflict-mine");
        b.setSelected(row.choiceProperty().get() == side);
        b.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                row.choiceProperty().set(side);
            }
        });
        return b;
    }
}
