package jp.shomu.ledger.ui.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.centre.Contract;
import jp.shomu.ledger.domain.centre.SlaAgreement;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.centre.SlaAgreementService;
import jp.shomu.ledger.service.centre.SlaAgreementService.MissedTarget;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The SLA agreement of a fiscal year (spec §15): the items and targets agreed, the date and the city's approver, a
 * warning when the approved targets changed since; agreeing takes the approved targets (final: once a year, asks
 * first). Below, the months that missed a target with the improvement measures recorded against each (§15(2)),
 * and a measure entered for the selected one.
 */
public final class SlaAgreementViewModel {
    private final CentreActions actions;

    private final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper();
    private final ObservableList<MissedTarget> missed = FXCollections.observableArrayList();
    private final ObjectProperty<MissedTarget> selectedMissed = new SimpleObjectProperty<>();
    // Agreeing the year
    private final ObjectProperty<LocalDate> agreedOn = new SimpleObjectProperty<>();
    private final StringProperty approver = new SimpleStringProperty("");
    // A measure for the selected miss
    private final StringProperty measure = new SimpleStringProperty("");

    SlaAgreementViewModel(CentreActions actions) {
        this.actions = actions;
        agreedOn.set(actions.session.today());
        fiscalYear.set(FiscalYear.of(actions.session.today()).year());
        fiscalYear.addListener((o, old, y) -> refresh());
    }

    /** The contract's fiscal years of operation. */
    public List<Integer> fiscalYears() {
        return IntStream.rangeClosed(
                        FiscalYear.of(Contract.OPERATION_START).year(),
                        FiscalYear.of(Contract.END).year())
                .boxed()
                .toList();
    }

    private record Year(Optional<SlaAgreement> agreement, Optional<String> changed, List<MissedTarget> missed) {}

    public void refresh() {
        Integer year = fiscalYear.get();
        if (year == null) {
            return;
        }
        var me = actions.me();
        SlaAgreementService s = new SlaAgreementService(actions.ctx());
        boolean figures = actions.session.can(Action.MONTHLY_REPORT);
        actions.read(
                () -> {
                    Optional<SlaAgreement> a = s.forYear(me, year);
                    return new Year(
                            a,
                            a.isPresent() && figures ? s.changedSince(me, a.get()) : Optional.empty(),
                            figures ? s.missedTargets(me, year) : List.of());
                },
                y -> {
                    agreement.set(y.agreement()
                            .map(a -> Messages.format("centre.sla.agreed", a.agreedOn(), a.cityApprover()))
                            .orElse(Messages.format("centre.sla.none", year.toString())));
                    items.set(y.agreement().map(SlaAgreement::items).orElse(""));
                    recorded.set(y.agreement().isPresent());
                    changed.set(y.changed().orElse(""));
                    missed.setAll(y.missed());
                });
    }

    /** Agrees the year on the approved SLA targets: final, so it asks first. */
    public void agree() {
        Integer year = fiscalYear.get();
        LocalDate on = agreedOn.get();
        if (year == null || on == null) {
            actions.sayKey("centre.badInput");
            return;
        }
        if (!actions.confirm(
                "centre.sla.confirmAgree", year.toString(), approver.get().strip())) {
            return;
        }
        var me = actions.me();
        String who = approver.get();
        actions.save(
                () -> new SlaAgreementService(actions.ctx()).agreeOnTargets(me, year, on, who, null),
                id -> Messages.format("centre.sla.recorded", year.toString()));
    }

    /** Records the improvement measure taken for the selected missed month and item. */
    public void recordMeasure() {
        MissedTarget m = selectedMissed.get();
        if (m == null) {
            actions.sayKey("centre.selectFirst");
            return;
        }
        var me = actions.me();
        String text = measure.get();
        YearMonth month = m.month();
        actions.save(() -> new SlaAgreementService(actions.ctx()).recordMeasure(me, month, m.item(), text), id -> {
            measure.set("");
            return Messages.format("centre.sla.measured", month.toString(), m.item());
        });
    }

    public ObjectProperty<Integer> fiscalYearProperty() {
        return fiscalYear;
    }

    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Whether the year's agreement is recorded (it is recorded once). */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    public ObservableList<MissedTarget> missed() {
        return missed;
    }

    public ObjectProperty<MissedTarget> selectedMissedProperty() {
        return selectedMissed;
    }

    public ObjectProperty<LocalDate> agreedOnProperty() {
        return agreedOn;
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public StringProperty measureProperty() {
        return measure;
    }
}
