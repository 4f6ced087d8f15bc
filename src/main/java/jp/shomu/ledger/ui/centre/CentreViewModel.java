package jp.shomu.ledger.ui.centre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The centre's records besides cases, one tab each: incidents (record one, mark it reported to the city, edit its
 * handling and impact), improvements (propose, move along), monthly meetings (record one, its minutes and their
 * submission, print its material), deliverables (the city's due date, submitted, accepted, sent back, added on a
 * change) and the SLA agreement. The editors of the selected row are view models of their own beside this one.
 */
public final class CentreViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final CentreActions actions;
    private final IncidentEditorViewModel incidentEditor;
    private final ImprovementEditorViewModel improvementEditor;
    private final MeetingEditorViewModel meetingEditor;
    private final DeliverableEditorViewModel deliverableEditor;
    private final SlaAgreementViewModel slaAgreement;

    // Properties
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Improvement> improvements = FXCollections.observableArrayList();
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Deliverable> deliverables = FXCollections.observableArrayList();
    private final ObjectProperty<Incident> selectedIncident = new SimpleObjectProperty<>();
    private final ObjectProperty<Deliverable> selectedDeliverable = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting> selectedMeeting = new SimpleObjectProperty<>();
    private final ObjectProperty<Improvement> selectedImprovement = new SimpleObjectProperty<>();

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

    /** @param onChange runs after a save, so the window's warnings follow */
    public CentreViewModel(Session session, TaskExecutor executor, CentreDialogs dialogs, Runnable onChange) {
        this.session = session;
        this.executor = executor;
        this.actions = new CentreActions(session, executor, dialogs);
        actions.afterSave(() -> {
            refresh();
            onChange.run();
        });
        incidentEditor = new IncidentEditorViewModel(actions);
        improvementEditor = new ImprovementEditorViewModel(actions);
        meetingEditor = new MeetingEditorViewModel(actions);
        deliverableEditor = new DeliverableEditorViewModel(actions);
        slaAgreement = new SlaAgreementViewModel(actions);
        selectedIncident.addListener((o, old, i) -> incidentEditor.show(i));
        selectedImprovement.addListener((o, old, i) -> improvementEditor.show(i));
        selectedMeeting.addListener((o, old, m) -> meetingEditor.show(m, m == null ? null : minutesOf(m)));
        selectedDeliverable.addListener((o, old, d) -> deliverableEditor.show(d));
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

    public ObjectProperty<Improvement> selectedImprovementProperty() {
        return selectedImprovement;
    }

    public ReadOnlyStringProperty statusProperty() {
        return actions.status();
    }

    public IncidentEditorViewModel incidentEditor() {
        return incidentEditor;
    }

    public ImprovementEditorViewModel improvementEditor() {
        return improvementEditor;
    }

    public MeetingEditorViewModel meetingEditor() {
        return meetingEditor;
    }

    public DeliverableEditorViewModel deliverableEditor() {
        return deliverableEditor;
    }

    public SlaAgreementViewModel slaAgreement() {
        return slaAgreement;
    }

    /** The minutes of a meeting as the deliverable listed (null before the list is read). */
    private Deliverable minutesOf(Meeting m) {
        return deliverables.stream()
                .filter(d -> d.id() == m.deliverableId())
                .findFirst()
                .orElse(null);
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
                    deliverables.setAll(l.deliverables());
                    incidents.setAll(l.incidents());
                    improvements.setAll(l.improvements());
                    meetings.setAll(l.meetings());
                },
                actions::failed);
        slaAgreement.refresh();
    }

    private record Lists(
            List<Incident> incidents,
            List<Improvement> improvements,
            List<Meeting> meetings,
            List<Deliverable> deliverables) {}

    public void addIncident() {
        StaffMember me = session.user();
        actions.save(
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
            actions.sayKey("centre.selectFirst");
            return;
        }
        StaffMember me = session.user();
        actions.save(
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
        actions.save(
                () -> new ImprovementService(session.context())
                        .add(
                                me,
                                improvementTitle.get(),
                                "",
                                CentreText.list(improvementTypes.get()),
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
        actions.save(
                () -> new MeetingService(session.context()).add(me, meetingDay.get(), attendees.get()),
                m -> Messages.format(
                        "centre.meeting.added",
                        Long.toString(m.id()),
                        m.minutesDue().toString()));
    }
}
