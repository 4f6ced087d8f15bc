package jp.shomu.ledger.ui.centre;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DueRule;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The selected deliverable's way with the city: the due date the city named, submitted / accepted (on a day) / sent
 * back with a note — acceptance is final and asks first; and a deliverable added on a change (FAQ, a manual, a flow,
 * 体制図, 名簿), due on a date the city named or a number of business days after a day.
 */
public final class DeliverableEditorViewModel {
    private final CentreActions actions;
    private Deliverable shown;

    private final ObjectProperty<LocalDate> cityDue = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> stepDay = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    // A deliverable added on a change
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newBusinessDays = new SimpleStringProperty("5");
    private final ObjectProperty<LocalDate> newFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> newDue = new SimpleObjectProperty<>();

    DeliverableEditorViewModel(CentreActions actions) {
        this.actions = actions;
        stepDay.set(actions.session.today());
        newFrom.set(actions.session.today());
    }

    public void show(Deliverable d) {
        shown = d;
        cityDue.set(d == null ? null : d.due());
        note.set("");
    }

    public void setCityDue() {
        LocalDate due = cityDue.get();
        if (due == null) {
            actions.sayKey("centre.badInput");
            return;
        }
        step((s, me, d) -> s.setDue(me, d.id(), due, blankToNull(note.get())));
    }

    public void submit() {
        step((s, me, d) -> s.submit(me, d.id(), blankToNull(note.get()), stepDay.get()));
    }

    public void accept() {
        Deliverable d = shown;
        if (d != null && !actions.confirm("centre.deliverable.confirmAccept", d.name(), d.period())) {
            return;
        }
        step((s, me, x) -> s.accept(me, x.id(), blankToNull(note.get()), stepDay.get()));
    }

    public void sendBack() {
        step((s, me, d) -> s.sendBack(me, d.id(), blankToNull(note.get())));
    }

    /** Adds a deliverable on a change: by business days from a day when a number is given, else on the date given. */
    public void add() {
        String name = newName.get();
        String days = newBusinessDays.get().strip();
        LocalDate from = newFrom.get();
        LocalDate due = newDue.get();
        if (days.isEmpty() ? due == null : from == null) {
            actions.sayKey("centre.deliverable.addNeedsDue");
            return;
        }
        var me = actions.me();
        DeliverableService s = new DeliverableService(actions.ctx());
        actions.save(
                () -> {
                    long id = days.isEmpty()
                            ? s.add(me, name, due.toString(), due)
                            : s.addOnChange(me, name, from.toString(), new DueRule(from, Integer.parseInt(days)));
                    return s.get(me, id);
                },
                d -> {
                    newName.set("");
                    return Messages.format(
                            "centre.deliverable.added", d.name(), d.due().toString());
                });
    }

    private interface Step {
        Deliverable apply(DeliverableService s, StaffMember me, Deliverable d);
    }

    private void step(Step step) {
        Deliverable d = shown;
        if (d == null) {
            actions.sayKey("centre.selectFirst");
            return;
        }
        var me = actions.me();
        actions.save(() -> step.apply(new DeliverableService(actions.ctx()), me, d), saved -> {
            note.set("");
            return Messages.format(
                    "centre.deliverable.saved",
                    saved.name(),
                    saved.period(),
                    saved.state().label(),
                    saved.due().toString());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<LocalDate> cityDueProperty() {
        return cityDue;
    }

    public ObjectProperty<LocalDate> stepDayProperty() {
        return stepDay;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newBusinessDaysProperty() {
        return newBusinessDays;
    }

    public ObjectProperty<LocalDate> newFromProperty() {
        return newFrom;
    }

    public ObjectProperty<LocalDate> newDueProperty() {
        return newDue;
    }
}
