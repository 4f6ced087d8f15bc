package jp.shomu.ledger.ui.main;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import jp.shomu.ledger.domain.cases.CaseCounts;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The navigation tree: fixed views, then 大区分 → 中区分, each with its counts in numbers and symbols. */
final class NavigationView extends TreeView<NavigationViewModel.Entry> {
    NavigationView(NavigationViewModel vm) {
        setId("navigation");
        getStyleClass().add("navigation");
        TreeItem<NavigationViewModel.Entry> root = new TreeItem<>();
        for (NavigationViewModel.Entry e : vm.roots()) {
            TreeItem<NavigationViewModel.Entry> item = new TreeItem<>(e);
            e.children().forEach(c -> item.getChildren().add(new TreeItem<>(c)));
            item.setExpanded(true);
            root.getChildren().add(item);
        }
        setRoot(root);
        setShowRoot(false);
        setCellFactory(v -> new EntryCell());
        select(root, vm.selected());
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item.getValue());
            }
        });
        vm.selectedProperty().addListener((obs, old, entry) -> select(root, entry));
    }

    private void select(TreeItem<NavigationViewModel.Entry> root, NavigationViewModel.Entry entry) {
        for (TreeItem<NavigationViewModel.Entry> top : root.getChildren()) {
            if (top.getValue() == entry) {
                getSelectionModel().select(top);
            }
            top.getChildren().stream()
                    .filter(c -> c.getValue() == entry)
                    .forEach(c -> getSelectionModel().select(c));
        }
    }

    /** A name, then "12件 ▲3 ●1 ‖2": open, warning, overdue, paused — symbols and numbers, coloured as in the list. */
    private static final class EntryCell extends TreeCell<NavigationViewModel.Entry> {
        private final Label name = new Label();
        private final Label open = new Label();
        private final Label warning = new Label();
        private final Label overdue = new Label();
        private final Label paused = new Label();
        private final HBox box = new HBox(6, name, Controls.spacer(), open, warning, overdue, paused);
        private final ChangeListener<CaseCounts> listener = (obs, old, counts) -> show(counts);
        private NavigationViewModel.Entry shown;
        private final Tooltip tip = new Tooltip();

        EntryCell() {
            // cells take the tree's width (no sideways scrolling); long names end in "…" before the counts
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setAlignment(Pos.CENTER_LEFT);
            open.getStyleClass().add("count-open");
            warning.getStyleClass().add("count-warning");
            overdue.getStyleClass().add("count-overdue");
            paused.getStyleClass().add("count-paused");
            name.setMinWidth(0);
            name.getStyleClass().add("nav-name");
            for (Label l : new Label[] {open, warning, overdue, paused}) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(NavigationViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (shown != null) {
                shown.countsProperty().removeListener(listener);
            }
            shown = empty ? null : entry;
            if (shown == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            name.setText(entry.label());
            setTooltip(tip);
            entry.countsProperty().addListener(listener);
            show(entry.countsProperty().get());
            setText(null);
            setGraphic(box);
        }

        private void show(CaseCounts c) {
            open.setText(Messages.format("nav.count", Integer.toString(c.open())));
            warning.setText(c.warning() == 0 ? "" : "▲" + c.warning());
            overdue.setText(c.overdue() == 0 ? "" : "●" + c.overdue());
            paused.setText(c.paused() == 0 ? "" : "‖" + c.paused());
            tip.setText(name.getText() + "  " + open.getText() + " " + warning.getText() + " " + overdue.getText() + " "
                    + paused.getText());
            setAccessibleText(name.getText() + " "
                    + Messages.format(
                            "nav.countsSpoken",
                            Integer.toString(c.open()),
                            Integer.toString(c.warning()),
                            Integer.toString(c.overdue()),
                            Integer.toString(c.paused())));
        }
    }
}
