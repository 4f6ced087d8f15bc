package jp.shomu.ledger.ui.centre;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.service.centre.ImprovementService;
import jp.shomu.ledger.ui.common.Messages;

/**
 * Moves the selected improvement one step along 提案 → 協議中 → 採用 / 不採用 → 実施 → 効果測定; 効果測定 takes the
 * measured effect. 不採用 and 効果測定 end its way, so they ask first.
 */
public final class ImprovementEditorViewModel {
    private final CentreActions actions;
    private Improvement shown;

    private final ObservableList<ImprovementStatus> nextStatuses = FXCollections.observableArrayList();
    private final ObjectProperty<ImprovementStatus> next = new SimpleObjectProperty<>();
    private final StringProperty measuredMinutes = new SimpleStringProperty("");
    private final StringProperty measuredNote = new SimpleStringProperty("");

    ImprovementEditorViewModel(CentreActions actions) {
        this.actions = actions;
    }

    /** Offers the steps the selected improvement may take (null: none). */
    public void show(Improvement i) {
        shown = i;
        nextStatuses.setAll(i == null ? java.util.List.of() : i.status().next());
        next.set(nextStatuses.isEmpty() ? null : nextStatuses.get(0));
        measuredMinutes.set(i == null || i.measuredMinutesPerYear() == null ? "" : i.measuredMinutesPerYear() + "");
        measuredNote.set(i == null ? "" : i.measuredNote());
    }

    public void apply() {
        Improvement i = shown;
        ImprovementStatus to = next.get();
        if (i == null || to == null) {
            actions.sayKey(i == null ? "centre.selectFirst" : "centre.improvement.noStep");
            return;
        }
        boolean last = to == ImprovementStatus.REJECTED || to == ImprovementStatus.MEASURED;
        if (last && !actions.confirm("centre.improvement.confirmLast", Long.toString(i.id()), to.label())) {
            return;
        }
        var me = actions.me();
        ImprovementService s = new ImprovementService(actions.ctx());
        String minutes = measuredMinutes.get().strip();
        String note = measuredNote.get();
        actions.save(
                () -> to == ImprovementStatus.MEASURED
                        ? s.measure(me, i.id(), i.version(), Long.parseLong(minutes), note)
                        : s.move(me, i.id(), i.version(), to),
                saved -> Messages.format(
                        "centre.improvement.moved",
                        Long.toString(saved.id()),
                        saved.status().label()));
    }

    public ObservableList<ImprovementStatus> nextStatuses() {
        return nextStatuses;
    }

    public ObjectProperty<ImprovementStatus> nextProperty() {
        return next;
    }

    public StringProperty measuredMinutesProperty() {
        return measuredMinutes;
    }

    public StringProperty measuredNoteProperty() {
        return measuredNote;
    }
}
