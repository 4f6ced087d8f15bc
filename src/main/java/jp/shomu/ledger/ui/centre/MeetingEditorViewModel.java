package jp.shomu.ledger.ui.centre;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableState;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.report.centre.CentreDocuments;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.service.centre.MeetingService;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The selected meeting: its attendees, agenda and minutes, and the days its minutes were submitted to the city and
 * accepted (the minutes are a deliverable; acceptance is final and asks first). Prints the meeting material in one
 * step: the A4 workbook of {@code meeting material}, to a file the person chooses, then offers to open it.
 */
public final class MeetingEditorViewModel {
    private final CentreActions actions;
    private Meeting shown;
    private Deliverable minutesDeliverable;

    private final StringProperty attendees = new SimpleStringProperty("");
    private final StringProperty agenda = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> submittedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> acceptedOn = new SimpleObjectProperty<>();

    MeetingEditorViewModel(CentreActions actions) {
        this.actions = actions;
    }

    /** Shows a meeting with its minutes as a deliverable (both null: clears the form). */
    public void show(Meeting m, Deliverable minutesAsDeliverable) {
        shown = m;
        minutesDeliverable = minutesAsDeliverable;
        attendees.set(m == null ? "" : m.attendees());
        agenda.set(m == null ? "" : m.agenda());
        minutes.set(m == null ? "" : m.minutes());
        submittedOn.set(minutesAsDeliverable == null ? null : minutesAsDeliverable.submittedOn());
        acceptedOn.set(minutesAsDeliverable == null ? null : minutesAsDeliverable.acceptedOn());
    }

    /** Saves the texts, then records the submission and the acceptance when their days were entered. */
    public void save() {
        Meeting m = shown;
        if (m == null) {
            actions.sayKey("centre.selectFirst");
            return;
        }
        Deliverable d = minutesDeliverable;
        LocalDate submitted = submittedOn.get();
        LocalDate accepted = acceptedOn.get();
        boolean submit = d != null
                && submitted != null
                && (d.state() == DeliverableState.NOT_SUBMITTED || d.state() == DeliverableState.RETURNED);
        boolean accept = d != null && accepted != null && d.state() != DeliverableState.ACCEPTED;
        if (accept && !actions.confirm("centre.deliverable.confirmAccept", d.name(), d.period())) {
            return;
        }
        var me = actions.me();
        Meeting edited = new Meeting(
                m.id(),
                m.heldOn(),
                attendees.get().strip(),
                agenda.get(),
                minutes.get(),
                m.minutesDue(),
                m.deliverableId(),
                m.version());
        actions.save(
                () -> {
                    Meeting saved = new MeetingService(actions.ctx()).save(me, edited);
                    DeliverableService deliverables = new DeliverableService(actions.ctx());
                    if (submit) {
                        deliverables.submit(me, d.id(), null, submitted);
                    }
                    if (accept) {
                        deliverables.accept(me, d.id(), null, accepted);
                    }
                    return saved;
                },
                saved -> Messages.format("centre.meeting.saved", saved.heldOn().toString()));
    }

    /** 資料を印刷: writes the meeting material where the person chooses, then offers to open it. */
    public void printMaterial() {
        Meeting m = shown;
        if (m == null) {
            actions.sayKey("centre.selectFirst");
            return;
        }
        var me = actions.me();
        actions.dialogs
                .chooseSaveFile(Messages.get("centre.meeting.material"), "定例会資料_" + m.heldOn() + ".xlsx")
                .ifPresent(file -> actions.read(
                        () -> {
                            CentreDocuments.meetingMaterial(actions.ctx(), me, m.id(), file);
                            return file;
                        },
                        this::written));
    }

    private void written(Path file) {
        actions.say(Messages.format("centre.meeting.materialWritten", file.toString()));
        if (actions.dialogs.confirm(
                Messages.get("centre.meeting.material"),
                Messages.format(
                        "centre.meeting.openMaterial", file.getFileName().toString()))) {
            actions.dialogs.openFile(file);
        }
    }

    public StringProperty attendeesProperty() {
        return attendees;
    }

    public StringProperty agendaProperty() {
        return agenda;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public ObjectProperty<LocalDate> submittedOnProperty() {
        return submittedOn;
    }

    public ObjectProperty<LocalDate> acceptedOnProperty() {
        return acceptedOn;
    }
}
