package jp.shomu.ledger.ui.people;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.forecast.Forecast;
import jp.shomu.ledger.domain.forecast.MinutesComparison;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.people.ForecastWorkbook;
import jp.shomu.ledger.service.people.ForecastService;
import jp.shomu.ledger.service.people.StandardMinutesService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The workload and staffing forecast of a fiscal year (issue 17 §4): hours needed against hours available per month,
 * plan against actual, the table per 大区分 and month with the person-day gap, its workbook, and the standard minutes
 * that learn (§5) with their proposal.
 */
public final class ForecastViewModel {
    /** One month's totals for the charts. */
    public record MonthPoint(String label, double needed, double available, double actual) {}

    /** One line of the table: a 大区分 (or a total) and its twelve months, the year and the reference hours. */
    public record TableLine(String label, List<String> months, String year, String reference) {}

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // Properties
    private final IntegerProperty fiscalYear;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ForecastService.Result> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MonthPoint> points = FXCollections.observableArrayList();
    private final ObservableList<TableLine> table = FXCollections.observableArrayList();
    private final ObservableList<MinutesComparison> minutes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ForecastViewModel(Session session, TaskExecutor executor, DialogService dialogs) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        int current = FiscalYear.of(session.today()).year();
        years.setAll(current - 1, current, current + 1);
        fiscalYear = new SimpleIntegerProperty(current);
        fiscalYear.addListener((obs, old, now) -> refresh());
    }

    // Properties

    public IntegerProperty fiscalYearProperty() {
        return fiscalYear;
    }

    /** Last year, this year and next (by today's date). */
    public ObservableList<Integer> years() {
        return years;
    }

    public ReadOnlyObjectProperty<ForecastService.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** April to March: hours needed, available and actual. */
    public ObservableList<MonthPoint> points() {
        return points;
    }

    public ObservableList<TableLine> table() {
        return table;
    }

    public ObservableList<MinutesComparison> minutes() {
        return minutes;
    }

    /** On whom the capacity rests ("名簿の勤務条件 12人、全日勤務と仮定 3人"). */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean canPropose() {
        return session.can(Action.PROPOSE_CHANGE);
    }

    /** Completed cases since the first day of last fiscal year count for the standard minutes. */
    LocalDate minutesSince() {
        return new FiscalYear(FiscalYear.of(session.today()).year() - 1).start();
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        FiscalYear year = new FiscalYear(fiscalYear.get());
        LocalDate since = minutesSince();
        executor.run(
                Messages.get("forecast.task"),
                () -> new Snapshot(
                        new ForecastService(session.context()).forecast(user, year),
                        new StandardMinutesService(session.context()).compare(user, since)),
                s -> {
                    show(s.result());
                    minutes.setAll(s.minutes());
                },
                e -> status.set(ErrorText.of(e)));
    }

    private record Snapshot(ForecastService.Result result, List<MinutesComparison> minutes) {}

    private void show(ForecastService.Result r) {
        Forecast f = r.forecast();
        List<MonthPoint> p = new ArrayList<>();
        for (YearMonth m : f.months()) {
            Forecast.MajorMonth t = f.monthTotal(m);
            p.add(new MonthPoint(
                    Messages.format("forecast.month", Integer.toString(m.getMonthValue())),
                    t.hoursNeeded(),
                    t.hoursAvailable(),
                    t.actualHours()));
        }
        points.setAll(p);
        List<TableLine> lines = new ArrayList<>();
        f.majors()
                .forEach(major -> lines.add(line(
                        major.code() + " " + major.name(),
                        f,
                        m -> f.rows(m).stream()
                                .filter(x -> x.majorCode().equals(major.code()))
                                .findFirst()
                                .orElseThrow()
                                .hoursNeeded(),
                        f.yearTotal(major.code()).hoursNeeded(),
                        hours(major.referenceAnnualHours()))));
        lines.add(line(
                Messages.get("forecast.row.needed"),
                f,
                m -> f.monthTotal(m).hoursNeeded(),
                sum(f, Forecast.MajorMonth::hoursNeeded),
                hours(f.majors().stream()
                        .mapToDouble(jp.shomu.ledger.domain.catalog.MajorCategory::referenceAnnualHours)
                        .sum())));
        lines.add(line(
                Messages.get("forecast.row.available"),
                f,
                m -> f.monthTotal(m).hoursAvailable(),
                sum(f, Forecast.MajorMonth::hoursAvailable),
                ""));
        lines.add(line(
                Messages.get("forecast.row.actual"),
                f,
                m -> f.monthTotal(m).actualHours(),
                sum(f, Forecast.MajorMonth::actualHours),
                ""));
        lines.add(line(
                Messages.get("forecast.row.gap"),
                f,
                m -> f.monthTotal(m).gapPersonDays(),
                sum(f, Forecast.MajorMonth::gapPersonDays),
                ""));
        table.setAll(lines);
        basis.set(Messages.format(
                "forecast.basis", Integer.toString(r.staffWithTerms()), Integer.toString(r.staffAssumed())));
        result.set(r);
        status.set("");
    }

    private static double sum(Forecast f, java.util.function.ToDoubleFunction<Forecast.MajorMonth> value) {
        return f.months().stream().map(f::monthTotal).mapToDouble(value).sum();
    }

    private static TableLine line(
            String label, Forecast f, java.util.function.ToDoubleFunction<YearMonth> value, double year, String ref) {
        return new TableLine(
                label,
                f.months().stream().map(m -> hours(value.applyAsDouble(m))).toList(),
                hours(year),
                ref);
    }

    private static String hours(double h) {
        return String.format(java.util.Locale.ROOT, "%,.1f", h);
    }

    /** Writes the forecast workbook (the same as {@code forecast --out}) where the person chooses. */
    public void export() {
        ForecastService.Result r = result.get();
        if (r == null) {
            return;
        }
        dialogs.chooseSaveFile(
                        Messages.get("forecast.export"),
                        Messages.format("forecast.fileName", Integer.toString(fiscalYear.get())))
                .ifPresent(out -> write(r, out));
    }

    private void write(ForecastService.Result r, Path out) {
        executor.run(
                Messages.get("forecast.export"),
                () -> {
                    ForecastWorkbook.write(r, session.catalog(), out);
                    return out;
                },
                done -> status.set(Messages.format("forecast.exported", done.toString())),
                e -> dialogs.showError(ErrorText.of(e)));
    }

    /** Proposes the selected type's actual minutes as its new standard, after the person confirms. */
    public void propose(MinutesComparison m) {
        if (m == null) {
            dialogs.showError(Messages.get("forecast.minutes.selectFirst"));
            return;
        }
        if (!m.differs()) {
            dialogs.showError(Messages.format(
                    "forecast.minutes.noChange",
                    m.typeCode(),
                    Integer.toString(MinutesComparison.MIN_CASES),
                    Integer.toString(MinutesComparison.THRESHOLD_PERCENT)));
            return;
        }
        if (!dialogs.confirm(
                Messages.get("forecast.minutes.propose"),
                Messages.format(
                        "forecast.minutes.confirm",
                        m.typeCode(),
                        Integer.toString(m.standard()),
                        Long.toString(m.actual()),
                        Long.toString(m.cases())))) {
            return;
        }
        StaffMember user = session.user();
        LocalDate since = minutesSince();
        executor.run(
                Messages.get("forecast.minutes.propose"),
                () -> new StandardMinutesService(session.context()).propose(user, m.typeCode(), since),
                id -> status.set(Messages.format("forecast.minutes.proposed", id.toString())),
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
