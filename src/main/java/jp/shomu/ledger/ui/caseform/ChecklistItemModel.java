package jp.shomu.ledger.ui.caseform;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.ui.common.Messages;

/** One checklist item as the form shows it: ticked or not, by whom and when, and whether this person may change it. */
public final class ChecklistItemModel {
    private final ChecklistItem item;

    // Properties
    private final ReadOnlyBooleanWrapper ticked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper tickedBy = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkHint = new ReadOnlyStringWrapper("");

    ChecklistItemModel(ChecklistItem item) {
        this.item = item;
    }

    public ChecklistItem item() {
        return item;
    }

    public String label() {
        return item.label();
    }

    /** 必須 / ダブルチェック / 市 in words, so the kind of step never depends on colour. */
    public String badges() {
        StringBuilder b = new StringBuilder();
        if (item.required()) {
            b.append(Messages.get("checklist.required"));
        }
        if (item.secondPerson()) {
            b.append(Messages.get("checklist.secondPerson"));
        }
        if (item.cityStep()) {
            b.append(Messages.get("checklist.city"));
        }
        return b.toString().strip();
    }

    public ReadOnlyBooleanProperty tickedProperty() {
        return ticked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tickedByProperty() {
        return tickedBy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changeableProperty() {
        return changeable.getReadOnlyProperty();
    }

    /** Why this person cannot tick or untick it now; empty when they can. */
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    /** The catalog's check on the case as typed (✓ 週20時間以上 …), a hint only; empty while it cannot tell. */
    public ReadOnlyStringProperty checkHintProperty() {
        return checkHint.getReadOnlyProperty();
    }

    void showCheck(java.util.Optional<Boolean> result) {
        checkHint.set(result.map(ok -> Messages.get(ok ? "calc.checkOk" : "calc.checkNg"))
                .orElse(""));
    }

    void show(boolean isTicked, String byWhom, String reasonBlocked) {
        ticked.set(isTicked);
        tickedBy.set(byWhom);
        blockedReason.set(reasonBlocked);
        changeable.set(reasonBlocked.isEmpty());
    }
}
