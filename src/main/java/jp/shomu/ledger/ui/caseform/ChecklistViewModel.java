package jp.shomu.ledger.ui.caseform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.domain.cases.ChecklistTick;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseDetails;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The checklist of the case's catalog version, ticked item by item. Shows who ticked what and when; a second-person
 * item cannot be ticked by the case's maker, and a tick can be taken back only by whoever made it or a leader.
 */
public final class ChecklistViewModel {
    private final OpenCase openCase;
    private final List<ChecklistItemModel> items;

    // Properties
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");

    ChecklistViewModel(OpenCase openCase) {
        this.openCase = openCase;
        this.items = openCase.type().checklist().stream()
                .map(ChecklistItemModel::new)
                .toList();
        openCase.detailsProperty().addListener((obs, old, d) -> show(d));
        show(null);
    }

    public List<ChecklistItemModel> items() {
        return items;
    }

    /** The required items not yet ticked, in words; empty when none remain. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    // Commands

    /** Ticks the item, or takes the tick back when it is ticked. */
    public void toggle(ChecklistItemModel item) {
        if (!item.changeableProperty().get()) {
            openCase.messageProperty().set(item.blockedReasonProperty().get());
            return;
        }
        var session = openCase.session();
        long id = openCase.idProperty().get();
        String itemId = item.item().id();
        if (item.tickedProperty().get()) {
            openCase.change(Messages.get("task.untick"), () -> {
                session.workflow().untick(session.user(), id, itemId);
                return null;
            });
        } else {
            openCase.change(Messages.get("task.tick"), () -> {
                session.workflow().tick(session.user(), id, itemId, "");
                return null;
            });
        }
    }

    private void show(CaseDetails d) {
        Map<String, ChecklistTick> ticks = d == null
                ? Map.of()
                : d.ticks().stream().collect(Collectors.toMap(ChecklistTick::itemId, Function.identity()));
        for (ChecklistItemModel m : items) {
            ChecklistTick t = ticks.get(m.item().id());
            String by = t == null
                    ? ""
                    : Messages.format(
                            "checklist.tickedBy",
                            d.staffName(t.tickedBy()),
                            DisplayFormat.dateTime(t.tickedAt()),
                            t.note());
            m.show(t != null, by.strip(), blockedReason(d, m, Optional.ofNullable(t)));
        }
        List<String> missing = items.stream()
                .filter(m -> m.item().required() && !m.tickedProperty().get())
                .map(ChecklistItemModel::label)
                .toList();
        remaining.set(
                missing.isEmpty()
                        ? Messages.get("checklist.allDone")
                        : Messages.format("checklist.remaining", String.join("、", missing)));
    }

    private String blockedReason(CaseDetails d, ChecklistItemModel m, Optional<ChecklistTick> tick) {
        StaffMember me = openCase.session().user();
        if (d == null) {
            return Messages.get("checklist.saveFirst");
        }
        CaseFile c = d.caseFile();
        if (!openCase.session().can(Action.EDIT_CASE)) {
            return Messages.get("checklist.readOnly");
        }
        if (c.status().isClosed()) {
            return Messages.format("checklist.closed", c.status().label());
        }
        if (tick.isPresent()) {
            return tick.get().tickedBy() == me.id() || me.role().isLeaderOrAbove()
                    ? ""
                    : Messages.get("checklist.onlyTickerMayUntick");
        }
        return m.item().secondPerson() && CaseRules.maker(c) == me.id() ? Messages.get("checklist.notTheMaker") : "";
    }
}
