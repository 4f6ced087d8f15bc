package jp.shomu.ledger.ui.seasonal;

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
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.seasonal.DayRule;
import jp.shomu.ledger.domain.seasonal.SeasonalAction;
import jp.shomu.ledger.domain.seasonal.SeasonalSetup;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.seasonal.SeasonalService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * Setting up the seasonal calendar (the screen of {@code seasonal list|set|run}): each recurring item with its next
 * day; the selected one's action, subject, count, assignee, day rule, first day and on/off; run what is due now.
 */
public final class SeasonalSetupViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // Properties
    private final ObservableList<SeasonalService.Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<SeasonalService.Line> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<SeasonalAction> action = new SimpleObjectProperty<>(SeasonalAction.CASES);
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("1");
    private final StringProperty assignee = new SimpleStringProperty("");
    private final StringProperty day = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SeasonalSetupViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        selected.addListener((obs, old, line) -> {
            if (line != null) {
                SeasonalSetup s = line.setup();
                action.set(s.action());
                subject.set(s.subject());
                count.set(Integer.toString(s.count()));
                assignee.set(s.assignee() == null ? "" : s.assignee());
                day.set(s.rule().code());
                from.set(s.startsOn().toString());
                enabled.set(s.enabled());
            }
        });
    }

    // Properties

    public ObservableList<SeasonalService.Line> lines() {
        return lines;
    }

    public ObjectProperty<SeasonalService.Line> selectedProperty() {
        return selected;
    }

    public ObjectProperty<SeasonalAction> actionProperty() {
        return action;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty countProperty() {
        return count;
    }

    /** A login, or empty for nobody (the desk assigns the cases). */
    public StringProperty assigneeProperty() {
        return assignee;
    }

    /** D15, B3 or B-3. */
    public StringProperty dayProperty() {
        return day;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean canEdit() {
        return session.can(Action.ASSIGN);
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        String keep = selected.get() == null ? null : selected.get().item().key();
        executor.run(
                Messages.get("seasonal.task"),
                () -> new SeasonalService(session.context()).items(user, session.today()),
                list -> {
                    lines.setAll(list);
                    list.stream()
                            .filter(l -> l.item().key().equals(keep))
                            .findFirst()
                            .ifPresent(selected::set);
                },
                e -> status.set(ErrorText.of(e)));
    }

    /** Saves the selected item's setup as typed. */
    public void save() {
        SeasonalService.Line line = selected.get();
        if (line == null) {
            dialogs.showError(Messages.get("seasonal.selectFirst"));
            return;
        }
        StaffMember user = session.user();
        executor.run(
                Messages.get("seasonal.task"),
                () -> new SeasonalService(session.context())
                        .set(
                                user,
                                new SeasonalSetup(
                                        line.item().key(),
                                        action.get(),
                                        subject.get(),
                                        parseCount(count.get()),
                                        assignee.get().isBlank()
                                                ? null
                                                : assignee.get().strip(),
                                        DayRule.parse(day.get()),
                                        Wareki.parse(from.get()),
                                        enabled.get(),
                                        line.setup().version())),
                v -> {
                    status.set(Messages.format("seasonal.saved", line.item().label()));
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException(Messages.format("roster.badNumber", text));
        }
    }

    /** Runs what has come due now, after the person confirms; says what was created. */
    public void runNow() {
        if (!dialogs.confirm(Messages.get("seasonal.run"), Messages.get("seasonal.run.confirm"))) {
            return;
        }
        StaffMember user = session.user();
        executor.run(
                Messages.get("seasonal.task"),
                () -> new SeasonalService(session.context()).run(user, session.today()),
                (List<SeasonalService.Outcome> done) -> {
                    List<SeasonalService.Outcome> created = done.stream()
                            .filter(SeasonalService.Outcome::createdNow)
                            .toList();
                    status.set(Messages.format(
                            "seasonal.ran",
                            Integer.toString(created.size()),
                            Integer.toString(created.stream()
                                    .mapToInt(SeasonalService.Outcome::cases)
                                    .sum())));
                    refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
