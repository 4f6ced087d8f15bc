package jp.shomu.ledger.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import jp.shomu.ledger.ui.common.Controls;

/** The banner saying the app brings a newer catalog, with the button that proposes it; hidden when there is none. */
public final class BundledCatalogNotice extends HBox {
    public BundledCatalogNotice(BundledCatalogNoticeViewModel vm, String idPrefix) {
        super(12);
        setId(idPrefix + "-bundled-catalog");
        Label text = new Label();
        text.setId(idPrefix + "-bundled-catalog-text");
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps in a narrow tab instead of being cut
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button propose = Controls.button("catalog.bundled.propose", vm::propose);
        propose.setId(idPrefix + "-bundled-catalog-propose");
        propose.visibleProperty().bind(vm.canProposeProperty());
        propose.managedProperty().bind(propose.visibleProperty());
        propose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, propose);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("info-banner");
        setMaxWidth(Double.MAX_VALUE);
        visibleProperty().bind(vm.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
