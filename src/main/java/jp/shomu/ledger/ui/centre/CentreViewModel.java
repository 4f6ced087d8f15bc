package jp.shomu.ledger.ui.centre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.service.centre.ImprovementService;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.service.centre.MeetingService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The centre's records besides cases, one tab each: incidents (record one, mark it reported to the city),
 * improvements (propose), monthly meetings (record one, read its drafted agenda) and deliverables (submitted,
 * accepted, sent back).
 */
public final class CentreViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final Runnable onChange;

    // Properties
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Improvement> improvements = FXCollections.observableArrayList();
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Deliverable> deliverables = FXCollections.observableArrayList();
    private final ObjectProperty<Incident> selectedIncident = new SimpleObjectProperty<>();
    private final ObjectProperty<Deliverable> selectedDeliverable = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting> selectedMeeting = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    // The new incident
    private final ObjectProperty<IncidentKind> kind = new SimpleObjectProperty<>(IncidentKind.EQUIPMENT);
    private final StringProperty occurred = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty personal = new SimpleBooleanProperty();
    // The new improvement
    private final StringProperty improvementTitle = new SimpleStringProperty("");
    private final StringProperty improvementTypes = new SimpleStringProperty("");
    private final StringProperty improvementMinutes = new SimpleStringProperty("");
    // The new meeting
    private final ObjectProperty<LocalDate> meetingDay = new SimpleObjectProperty<>();
    private final StringProperty attendees = new SimpleStringProperty("");
    // A deliverable's note
    private final StringProperty note = new SimpleStringProperty("");

    /** @param onChange runs after a save, so the window's warnings follow */
    public CentreViewModel(Session session, TaskExecutor executor, Runnable onChange) {
        this.session = session;
        this.executor = executor;
        this.onChange = onChange;
        occurred.set(
                LocalDateTime.now(session.clock()).withSecond(0).withNano(0).toString());
        meetingDay.set(session.today());
    }

    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public ObservableList<Improvement> improvements() {
        return improvements;
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObservableList<Deliverable> deliverables() {
        return deliverables;
    }

    public ObjectProperty<Incident> selectedIncidentProperty() {
        return selectedIncident;
    }

    public ObjectProperty<Deliverable> selectedDeliverableProperty() {
        return selectedDeliverable;
    }

    public ObjectProperty<Meeting> selectedMeetingProperty() {
        return selectedMeeting;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObjectProperty<IncidentKind> kindProperty() {
        return kind;
    }

    public List<IncidentKind> kinds() {
        return Arrays.asList(IncidentKind.values());
    }

    public StringProperty occurredProperty() {
        return occurred;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty personalProperty() {
        return personal;
    }

    public StringProperty improvementTitleProperty() {
        return improvementTitle;
    }

    public StringProperty improvementTypesProperty() {
        return improvementTypes;
    }

    public StringProperty improvementMinutesProperty() {
        return improvementMinutes;
    }

    public ObjectProperty<LocalDate> meetingDayProperty() {
        return meetingDay;
    }

    public StringProperty attendeesProperty() {
        return attendees;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Whether this person keeps deliverables, meetings and improvements (leaders, managers). */
    public boolean keepsRecords() {
        return session.can(Action.CENTRE_RECORDS);
    }

    public boolean recordsIncidents() {
        return session.can(Action.RECORD_INCIDENT);
    }

    // Commands

    public void refresh() {
        StaffMember me = session.user();
        LedgerContext ctx = session.context();
        executor.run(
                Messages.get("task.centre"),
                () -> new Lists(
                        new IncidentService(ctx).all(me),
                        new ImprovementService(ctx).all(me),
                        new MeetingService(ctx).all(me),
                        new DeliverableService(ctx).list(me, null)),
                l -> {
                    incidents.setAll(l.incidents());
                    improvements.setAll(l.improvements());
                    meetings.setAll(l.meetings());
                    deliverables.setAll(l.deliverables());
                },
                e -> status.set(ErrorText.of(e)));
    }

    private record Lists(
            List<Incident> incidents,
            List<Improvement> improvements,
            List<Meeting> meetings,
            List<Deliverable> deliverables) {}

    public void addIncident() {
        StaffMember me = session.user();
        save(
                () -> new IncidentService(session.context())
                        .add(
                                me,
                                kind.get(),
                                LocalDateTime.parse(occurred.get().strip().replace(' ', 'T')),
                                summary.get(),
                                personal.get()),
                id -> {
                    summary.set("");
                    personal.set(false);
                    return Messages.format("centre.incident.added", Long.toString(id));
                });
    }

    /** Records that the selected incident was reported to the city now. */
    public void reportSelectedIncident() {
        Incident i = selectedIncident.get();
        if (i == null) {
            status.set(Messages.get("centre.selectFirst"));
            return;
        }
        StaffMember me = session.user();
        save(
                () -> new IncidentService(session.context())
                        .reportedToCity(
                                me,
                                i.id(),
                                i.version(),
                                LocalDateTime.now(session.clock()).withSecond(0).withNano(0)),
                saved -> Messages.format(
                        "centre.incident.reported",
                        Long.toString(saved.id()),
                        Incident.formatDelay(saved.reportDelay().orElseThrow())));
    }

    public void addImprovement() {
        StaffMember me = session.user();
        save(
                () -> new ImprovementService(session.context())
                        .add(
                                me,
                                improvementTitle.get(),
                                "",
                                Arrays.stream(improvementTypes.get().split("[,、 ]+"))
                                        .filter(s -> !s.isBlank())
                                        .toList(),
                                improvementMinutes.get().isBlank()
                                        ? null
                                        : Long.parseLong(
                                                improvementMinutes.get().strip()),
                                null),
                id -> {
                    improvementTitle.set("");
                    return Messages.format("centre.improvement.added", Long.toString(id));
                });
    }

    public void addMeeting() {
        StaffMember me = session.user();
        save(
                () -> new MeetingService(session.context()).add(me, meetingDay.get(), attendees.get()),
                m -> Messages.format(
                        "centre.meeting.added",
                        Long.toString(m.id()),
                        m.minutesDue().toString()));
    }

    public void submitSelected() {
        deliverableStep((s, me, d) -> s.submit(me, d.id(), blankToNull(note.get())));
    }

    public void acceptSelected() {
        deliverableStep((s, me, d) -> s.accept(me, d.id(), blankToNull(note.get())));
    }

    public void returnSelected() {
        deliverableStep((s, me, d) -> s.sendBack(me, d.id(), blankToNull(note.get())));
    }

    private interface Step {
        Deliverable apply(DeliverableService s, StaffMember me, Deliverable d);
    }

    private void deliverableStep(Step step) {
        Deliverable d = selectedDeliverable.get();
        if (d == null) {
            status.set(Messages.get("centre.selectFirst"));
            return;
        }
        StaffMember me = session.user();
        save(() -> step.apply(new DeliverableService(session.context()), me, d), saved -> {
            note.set("");
            return Messages.format(
                    "centre.deliverable.saved",
                    saved.name(),
                    saved.period(),
                    saved.state().label());
        });
    }

    private interface Done<T> {
        String message(T result);
    }

    private <T> void save(java.util.concurrent.Callable<T> work, Done<T> done) {
        executor.run(
                Messages.get("task.centre"),
                work,
                result -> {
                    status.set(done.message(result));
                    refresh();
                    onChange.run();
                },
                e -> status.set(
                        e instanceof java.time.format.DateTimeParseException || e instanceof NumberFormatException
                                ? Messages.get("centre.badInput")
                                : ErrorText.of(e)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
