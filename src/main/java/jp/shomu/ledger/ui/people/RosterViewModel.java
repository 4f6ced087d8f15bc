package jp.shomu.ledger.ui.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.people.RosterWorkbook;
import jp.shomu.ledger.service.people.PeopleRosterService;
import jp.shomu.ledger.service.people.RosterLine;
import jp.shomu.ledger.service.settings.RosterService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The roster screen (issue 13 §4, issue 17 §1): the 名簿 (add a person, change role or team, switch someone off) and
 * the 従事者名簿 details of the selected person (terms with an effective date, 特定個人情報 designation, training,
 * ID badges), the warning for designated handlers without training, and the printable 従事者名簿. Whoever may keep
 * the roster edits; everyone else reads.
 */
public final class RosterViewModel {
    /** The badge events, as the service names them. */
    public static final List<String> BADGE_EVENTS = List.of("ISSUED", "RETURNED", "LOST");

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // Properties
    private final ObservableList<RosterLine> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RosterLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    // A new person
    private final StringProperty newLogin = new SimpleStringProperty("");
    private final StringProperty newEmployeeNo = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.OPERATOR);
    private final StringProperty newTeam = new SimpleStringProperty("");
    // The selected person
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty team = new SimpleStringProperty("");
    private final StringProperty effective = new SimpleStringProperty("");
    private final StringProperty serviceFrom = new SimpleStringProperty("");
    private final StringProperty serviceTo = new SimpleStringProperty("");
    private final StringProperty hoursPerDay = new SimpleStringProperty("7.75");
    private final StringProperty daysPerWeek = new SimpleStringProperty("5");
    private final StringProperty taskTypes = new SimpleStringProperty("");
    private final BooleanProperty designated = new SimpleBooleanProperty();
    private final StringProperty course = new SimpleStringProperty("");
    private final StringProperty courseDate = new SimpleStringProperty("");
    private final StringProperty badgeNo = new SimpleStringProperty("");
    private final ObjectProperty<String> badgeEvent = new SimpleObjectProperty<>("ISSUED");
    private final StringProperty badgeDate = new SimpleStringProperty("");
    private final StringProperty badgeReported = new SimpleStringProperty("");

    public RosterViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        selected.addListener((obs, old, line) -> fill(line));
    }

    private void fill(RosterLine line) {
        if (line == null) {
            return;
        }
        role.set(line.staff().role());
        team.set(line.staff().team());
        effective.set(session.today().toString());
        serviceFrom.set(text(line.serviceFrom() == null ? session.today() : line.serviceFrom()));
        serviceTo.set(text(line.serviceTo()));
        hoursPerDay.set(line.hoursPerDay() == null ? "7.75" : line.hoursPerDay().toString());
        daysPerWeek.set(line.daysPerWeek() == null ? "5" : line.daysPerWeek().toString());
        taskTypes.set(String.join(",", line.taskTypes()));
        designated.set(line.designatedSince() != null);
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    // Properties

    public ObservableList<RosterLine> rows() {
        return rows;
    }

    public ObjectProperty<RosterLine> selectedProperty() {
        return selected;
    }

    /** Names those designated for 特定個人情報 with no training on record; empty when there are none. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return session.can(Action.MANAGE_ROSTER);
    }

    public StringProperty newLoginProperty() {
        return newLogin;
    }

    public StringProperty newEmployeeNoProperty() {
        return newEmployeeNo;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newTeamProperty() {
        return newTeam;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty teamProperty() {
        return team;
    }

    public StringProperty effectiveProperty() {
        return effective;
    }

    public StringProperty serviceFromProperty() {
        return serviceFrom;
    }

    public StringProperty serviceToProperty() {
        return serviceTo;
    }

    public StringProperty hoursPerDayProperty() {
        return hoursPerDay;
    }

    public StringProperty daysPerWeekProperty() {
        return daysPerWeek;
    }

    /** 中区分 codes, comma separated; empty = wherever needed. */
    public StringProperty taskTypesProperty() {
        return taskTypes;
    }

    public BooleanProperty designatedProperty() {
        return designated;
    }

    public StringProperty courseProperty() {
        return course;
    }

    public StringProperty courseDateProperty() {
        return courseDate;
    }

    public StringProperty badgeNoProperty() {
        return badgeNo;
    }

    public ObjectProperty<String> badgeEventProperty() {
        return badgeEvent;
    }

    public StringProperty badgeDateProperty() {
        return badgeDate;
    }

    public StringProperty badgeReportedProperty() {
        return badgeReported;
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        LocalDate today = session.today();
        String keep = selected.get() == null ? null : selected.get().staff().login();
        executor.run(
                Messages.get("roster.task"),
                () -> new PeopleRosterService(session.context()).lines(user, today),
                lines -> {
                    rows.setAll(lines);
                    List<String> untrained = lines.stream()
                            .filter(RosterLine::untrainedHandler)
                            .map(l -> l.staff().name())
                            .toList();
                    warning.set(
                            untrained.isEmpty()
                                    ? ""
                                    : Messages.format("roster.untrained", String.join("、", untrained)));
                    lines.stream()
                            .filter(l -> l.staff().login().equals(keep))
                            .findFirst()
                            .ifPresent(selected::set);
                },
                e -> status.set(ErrorText.of(e)));
    }

    /** Adds the new person typed in, as 担当者 unless another role is chosen. */
    public void add() {
        StaffMember user = session.user();
        String login = newLogin.get().strip();
        act(
                () -> new RosterService(session.context())
                        .add(user, login, newEmployeeNo.get().strip(), newName.get(), newRole.get(), newTeam.get()),
                Messages.format("roster.added", login),
                () -> {
                    newLogin.set("");
                    newEmployeeNo.set("");
                    newName.set("");
                    newTeam.set("");
                });
    }

    /** Saves the selected person's role and team. */
    public void saveRoleAndTeam() {
        RosterLine line = requireSelected();
        if (line != null) {
            update(line, role.get(), team.get(), line.staff().active(), "roster.saved");
        }
    }

    /** Switches the selected person off (退職・異動), after the person at the screen confirms. */
    public void deactivate() {
        RosterLine line = requireSelected();
        if (line == null || !line.staff().active()) {
            return;
        }
        if (dialogs.confirm(
                Messages.get("roster.deactivate.title"),
                Messages.format(
                        "roster.deactivate.confirm",
                        line.staff().name(),
                        line.staff().login()))) {
            update(line, line.staff().role(), line.staff().team(), false, "roster.deactivated");
        }
    }

    private void update(RosterLine line, Role newRoleValue, String newTeamValue, boolean active, String doneKey) {
        StaffMember user = session.user();
        StaffMember s = line.staff();
        act(
                () -> new RosterService(session.context())
                        .update(user, s.login(), s.version(), newRoleValue, newTeamValue, active),
                Messages.format(doneKey, s.name()),
                () -> {});
    }

    /** Saves the selected person's terms from the effective day typed in (a day to come is allowed). */
    public void saveTerms() {
        changeSelected(
                (service, user, line) -> {
                    LocalDate from = Wareki.parse(effective.get());
                    Set<String> types = new LinkedHashSet<>();
                    Arrays.stream(taskTypes.get().split("[,、\\s]+"))
                            .filter(x -> !x.isBlank())
                            .forEach(types::add);
                    // the version of the row for that same day is corrected; another day is a new version
                    Long version = from.equals(line.effectiveFrom()) ? line.termsVersion() : null;
                    service.setTerms(
                            user,
                            line.staff().login(),
                            from,
                            Wareki.parse(serviceFrom.get()),
                            serviceTo.get().isBlank() ? null : Wareki.parse(serviceTo.get()),
                            number(hoursPerDay.get()),
                            (int) number(daysPerWeek.get()),
                            types,
                            designated.get(),
                            version);
                },
                "roster.termsSaved",
                () -> {});
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException(Messages.format("roster.badNumber", text));
        }
    }

    public void addTraining() {
        changeSelected(
                (service, user, line) ->
                        service.addTraining(user, line.staff().login(), course.get(), Wareki.parse(courseDate.get())),
                "roster.trainingAdded",
                () -> course.set(""));
    }

    public void recordBadge() {
        changeSelected(
                (service, user, line) -> service.badge(
                        user,
                        line.staff().login(),
                        badgeNo.get(),
                        badgeEvent.get(),
                        Wareki.parse(badgeDate.get()),
                        badgeReported.get().isBlank() ? null : Wareki.parse(badgeReported.get())),
                "roster.badgeRecorded",
                () -> {});
    }

    /** One change to the selected person's 従事者名簿 details, run off the screen's thread. */
    @FunctionalInterface
    private interface DetailsChange {
        void apply(PeopleRosterService service, StaffMember user, RosterLine line) throws Exception;
    }

    /** Runs {@code change} for the selected person (or asks to select one first) and says {@code doneKey}. */
    private void changeSelected(DetailsChange change, String doneKey, Runnable then) {
        RosterLine line = requireSelected();
        if (line == null) {
            return;
        }
        StaffMember user = session.user();
        act(
                () -> {
                    change.apply(new PeopleRosterService(session.context()), user, line);
                    return 0;
                },
                Messages.format(doneKey, line.staff().name()),
                then);
    }

    /** Writes the printable 従事者名簿 (the same as {@code staff roster --out}) where the person chooses. */
    public void export() {
        LocalDate today = session.today();
        StaffMember user = session.user();
        dialogs.chooseSaveFile(Messages.get("roster.export"), Messages.format("roster.fileName", today.toString()))
                .ifPresent(out -> executor.run(
                        Messages.get("roster.export"),
                        () -> {
                            RosterWorkbook.write(
                                    new PeopleRosterService(session.context()).roster(user, today), today, out);
                            return out;
                        },
                        (Path done) -> status.set(Messages.format("roster.exported", done.toString())),
                        e -> dialogs.showError(ErrorText.of(e))));
    }

    private RosterLine requireSelected() {
        if (selected.get() == null) {
            dialogs.showError(Messages.get("roster.selectFirst"));
        }
        return selected.get();
    }

    /** Runs one change off the screen's thread; on success says so, clears what {@code then} clears and reloads. */
    private <T> void act(Callable<T> work, String done, Runnable then) {
        executor.run(
                Messages.get("roster.task"),
                work,
                r -> {
                    status.set(done);
                    then.run();
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
