package jp.shomu.ledger.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
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
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.HolidayCsvImport;
import jp.shomu.ledger.service.desk.DueDateRecompute;
import jp.shomu.ledger.service.settings.CalendarService;
import jp.shomu.ledger.service.settings.CalendarService.HolidayLine;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FileKind;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * A year's holidays as the ledger's calendar has them, with the days an override changed; a manual override (add a
 * holiday, make a day a business day, back to the rules) and the Cabinet Office CSV import. After each change the
 * open cases whose due dates move are listed (old → new), and saved only when the person confirms — the same
 * work as {@code calendar recompute --dry-run} and {@code calendar recompute}.
 */
public final class HolidaysViewModel {
    /** One day of the list. */
    public record HolidayRow(HolidayLine line) {
        public String date() {
            return DisplayFormat.date(line.date()) + "("
                    + line.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
        }

        public String name() {
            return line.name();
        }

        /** 規則どおり / 追加(手入力・取込み) / 営業日に変更. */
        public String source() {
            if (line.override() == null) {
                return Messages.get("settings.holidays.byRule");
            }
            return Messages.get(
                    line.override() == HolidayOverride.Kind.ADD_HOLIDAY
                            ? "settings.holidays.added"
                            : "settings.holidays.removed");
        }
    }

    /** One open case whose due date moves. */
    public record DueChangeRow(DueDateRecompute.Change change) {
        public String id() {
            return Long.toString(change.caseId());
        }

        public String type() {
            return change.typeCode();
        }

        public String oldDue() {
            return change.oldDue() == null ? "―" : DisplayFormat.dateShort(change.oldDue());
        }

        public String newDue() {
            return change.newDue() == null ? "―" : DisplayFormat.dateShort(change.newDue());
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // Properties
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<HolidayRow> holidays = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty businessDay = new SimpleBooleanProperty(false);
    private final ObservableList<DueChangeRow> dueChanges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dueNote = new ReadOnlyStringWrapper("");

    public HolidaysViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        year.set(session.today().getYear());
        year.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<HolidayRow> holidays() {
        return holidays;
    }

    /** The day to change (YYYY-MM-DD or 和暦). */
    public StringProperty dateProperty() {
        return date;
    }

    /** The holiday's name (臨時休日, …); not needed to make a day a business day. */
    public StringProperty nameProperty() {
        return name;
    }

    /** True: the day becomes a business day although the rules make it a holiday. */
    public BooleanProperty businessDayProperty() {
        return businessDay;
    }

    /** The open cases whose due dates move on the calendar as it is now, waiting for the person to apply them. */
    public ObservableList<DueChangeRow> dueChanges() {
        return dueChanges;
    }

    public ReadOnlyStringProperty dueNoteProperty() {
        return dueNote.getReadOnlyProperty();
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        CalendarService service = new CalendarService(session.context());
        int y = year.get();
        executor.run(
                Messages.get("settings.holidays.task"),
                () -> service.year(user, y),
                lines -> holidays.setAll(lines.stream().map(HolidayRow::new).toList()),
                e -> dialogs.showError(ErrorText.of(e)));
    }

    /** Makes the day a holiday (named) or a business day, as chosen. */
    public void setOverride() {
        HolidayOverride.Kind kind =
                businessDay.get() ? HolidayOverride.Kind.REMOVE_HOLIDAY : HolidayOverride.Kind.ADD_HOLIDAY;
        change(Messages.get("settings.holidays.setTitle"), kind, name.get());
    }

    /** Puts the day back to the rules of the law. */
    public void clearOverride() {
        change(Messages.get("settings.holidays.clearTitle"), null, "");
    }

    private void change(String task, HolidayOverride.Kind kind, String n) {
        StaffMember user = session.user();
        CalendarService service = new CalendarService(session.context());
        LocalDate day;
        try {
            day = Wareki.parse(date.get());
        } catch (RuntimeException e) {
            dialogs.showError(ErrorText.of(e));
            return;
        }
        afterChange(task, () -> {
            service.setOverride(user, day, n, kind);
            return day.getYear();
        });
    }

    /** Reads the Cabinet Office's syukujitsu.csv (CP932) and keeps the ledger's calendar equal to it. */
    public void importCsv() {
        Path file = dialogs.chooseOpenFile(Messages.get("settings.holidays.importTitle"), FileKind.HOLIDAY_CSV)
                .orElse(null);
        if (file != null) {
            importCsv(file);
        }
    }

    private void importCsv(Path file) {
        StaffMember user = session.user();
        CalendarService service = new CalendarService(session.context());
        afterChange(Messages.get("settings.holidays.importTitle"), () -> {
            CalendarService.Result r = service.importOfficialList(
                    user, HolidayCsvImport.read(file), file.getFileName().toString());
            return r.years().contains(year.get()) || r.years().isEmpty()
                    ? year.get()
                    : r.years().iterator().next();
        });
    }

    /** Runs a calendar change, then shows the year and the due dates that move (nothing saved to the cases yet). */
    private void afterChange(String task, Callable<Integer> work) {
        StaffMember user = session.user();
        DueDateRecompute recompute = new DueDateRecompute(session.context());
        record Done(int year, List<DueDateRecompute.Change> changes) {}
        executor.run(
                task,
                () -> new Done(work.call(), recompute.preview(user)),
                done -> {
                    session.watcher().changedHere();
                    if (done.year() != year.get()) {
                        year.set(done.year());
                    } else {
                        refresh();
                    }
                    showDueChanges(done.changes());
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }

    private void showDueChanges(List<DueDateRecompute.Change> changes) {
        dueChanges.setAll(changes.stream().map(DueChangeRow::new).toList());
        dueNote.set(
                changes.isEmpty()
                        ? Messages.get("recompute.none")
                        : Messages.format("settings.holidays.dueChanges", Integer.toString(changes.size())));
    }

    /** Saves the listed due dates (each change audited) once the person confirms. */
    public void applyDueDates() {
        if (dueChanges.isEmpty()) {
            return;
        }
        if (!dialogs.confirm(
                Messages.get("recompute.title"),
                Messages.format("recompute.header", Integer.toString(dueChanges.size())))) {
            return;
        }
        StaffMember user = session.user();
        DueDateRecompute recompute = new DueDateRecompute(session.context());
        executor.run(
                Messages.get("recompute.title"),
                () -> recompute.apply(user),
                done -> {
                    dueChanges.clear();
                    dueNote.set(Messages.format("recompute.done", Integer.toString(done.size())));
                    session.watcher().changedHere();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
