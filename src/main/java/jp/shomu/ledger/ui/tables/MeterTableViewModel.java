package jp.shomu.ledger.ui.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.MeterWorkbook;
import jp.shomu.ledger.service.tables.MeterImport;
import jp.shomu.ledger.service.tables.MeterService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The 6-2 screen: every machine's counters for the month, typed straight into the grid; a line is recorded once both
 * counters are in, and corrected (against the version shown) when changed. Totals line and the split by department.
 */
public final class MeterTableViewModel extends MonthTableViewModel {
    /** One department's charge for the month. */
    public record DepartmentRow(String department, String charge) {}

    // Properties
    private final ObservableList<MeterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DepartmentRow> departments = FXCollections.observableArrayList();

    public MeterTableViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, LongConsumer openCase, Runnable showCases) {
        super(session, executor, dialogs, openCase, showCases);
    }

    @Override
    public String typeCode() {
        return "6-2";
    }

    public ObservableList<MeterRow> rows() {
        return rows;
    }

    public ObservableList<DepartmentRow> departments() {
        return departments;
    }

    @Override
    protected String fileName(YearMonth m) {
        return "複合機検針表_" + m + ".xlsx";
    }

    @Override
    protected void load(YearMonth m) {
        executor.run(
                Messages.get("table.task.load"),
                () -> new MeterService(session.context()).month(session.user(), m),
                lines -> show(m, lines),
                this::failed);
    }

    private void show(YearMonth m, List<MeterLine> lines) {
        if (!m.equals(monthProperty().get())) {
            return; // the month moved on while this one loaded
        }
        List<MeterRow> shown = new ArrayList<>();
        long mono = 0;
        long colour = 0;
        long charge = 0;
        for (MeterLine l : lines) {
            shown.add(MeterRow.of(l));
            mono += l.pages().mono();
            colour += l.pages().colour();
            charge += l.charge();
        }
        shown.add(MeterRow.total(Messages.get("table.total"), mono, colour, charge));
        rows.setAll(shown);
        departments.setAll(jp.shomu.ledger.domain.tables.DepartmentSplit.of(
                        lines, l -> l.copier().department(), MeterLine::charge)
                .entrySet()
                .stream()
                .map((Map.Entry<String, Long> e) -> new DepartmentRow(e.getKey(), MeterRow.number(e.getValue())))
                .toList());
    }

    // Commands

    /**
     * The counters typed on a line (either may still be empty). Recorded when both are in: a new reading, or a
     * correction of the one shown.
     */
    public void enter(MeterRow row, String mono, String colour, boolean replaced) {
        if (row.total()) {
            return;
        }
        if (mono.isBlank() || colour.isBlank()) {
            rows.set(rows.indexOf(row), withCounters(row, mono, colour, replaced));
            say(Messages.format("table.meter.bothNeeded", row.machine()));
            return;
        }
        YearMonth m = monthProperty().get();
        executor.run(
                Messages.get("table.task.save"),
                () -> {
                    Counts counts = new Counts(whole(mono), whole(colour));
                    record(row, m, counts, replaced, null);
                    return counts;
                },
                counts -> {
                    say(Messages.format("table.meter.saved", row.machine(), m.toString()));
                    refresh();
                },
                e -> {
                    failed(e);
                    refresh();
                });
    }

    /** 複合機を登録: 機器番号, 設置所属, the two unit prices and the installation counters (blank = 0). */
    public void addMachine(List<String> values, Runnable done, Consumer<String> refused) {
        register(
                () -> {
                    new MeterService(session.context())
                            .addMachine(
                                    session.user(),
                                    values.get(0),
                                    values.get(1),
                                    values.get(2),
                                    values.get(3),
                                    new Counts(wholeOrZero(values.get(4)), wholeOrZero(values.get(5))));
                    return Messages.format(
                            "table.meter.machineAdded", values.get(0).strip());
                },
                done,
                refused);
    }

    /** The first month a change made from {@code row} may apply from: the month shown, or the next once it is read. */
    public String changeFrom(MeterRow row) {
        YearMonth m = monthProperty().get();
        return (row.line().reading().isPresent() ? m.plusMonths(1) : m).toString();
    }

    /**
     * 複合機を変更: 機器番号, 設置所属 and the two unit prices from the month given on (the months before keep theirs),
     * against the machine's version shown.
     */
    public void changeMachine(MeterRow row, List<String> values, Runnable done, Consumer<String> refused) {
        change(
                () -> {
                    new MeterService(session.context())
                            .changeMachine(
                                    session.user(),
                                    row.machine(),
                                    row.line().copier().version(),
                                    values.get(0),
                                    TableMonth.parse(values.get(4)),
                                    values.get(1),
                                    values.get(2),
                                    values.get(3));
                    return Messages.format(
                            "table.meter.machineChanged",
                            values.get(0).strip(),
                            values.get(4).strip());
                },
                done,
                refused);
    }

    /** 複合機を撤去 from the month given, once confirmed; the months before keep its readings and charges. */
    public void retireMachine(MeterRow row, List<String> values, Runnable done, Consumer<String> refused) {
        YearMonth from;
        try {
            from = TableMonth.parse(values.get(0));
        } catch (InvalidInputException e) {
            refused.accept(e.getMessage());
            return;
        }
        if (!dialogs.confirm(
                Messages.get("table.meter.retireTitle"),
                Messages.format("table.meter.retireConfirm", row.machine(), from.toString()))) {
            refused.accept(Messages.get("table.meter.retireKept"));
            return;
        }
        change(
                () -> {
                    new MeterService(session.context())
                            .retireMachine(
                                    session.user(),
                                    row.machine(),
                                    row.line().copier().version(),
                                    from);
                    return Messages.format("table.meter.retired", row.machine(), from.toString());
                },
                done,
                refused);
    }

    /**
     * メーター交換を記録: the month's counters read off the new meter and the counters it started at (either start may be
     * left empty for 0); usage then counts from that start. A month already read is corrected at the version shown.
     */
    public void recordReplacement(MeterRow row, List<String> values, Runnable done, Consumer<String> refused) {
        Counts counts;
        Counts start;
        try {
            counts = new Counts(whole(values.get(0)), whole(values.get(1)));
            start = new Counts(wholeOrZero(values.get(2)), wholeOrZero(values.get(3)));
        } catch (InvalidInputException e) {
            refused.accept(e.getMessage());
            return;
        }
        YearMonth m = monthProperty().get();
        change(
                () -> {
                    record(row, m, counts, true, start);
                    return Messages.format("table.meter.replacementSaved", row.machine(), m.toString());
                },
                done,
                refused);
    }

    /**
     * Saves the month's counters of {@code row}: a correction of the reading shown (at its version), or the month's
     * first reading. {@code start}: a replaced meter's start counters; null keeps them (a new reading starts at 0).
     */
    private void record(MeterRow row, YearMonth m, Counts counts, boolean replaced, Counts start) {
        MeterService meters = new MeterService(session.context());
        var reading = row.line().reading();
        if (reading.isPresent()) {
            meters.correct(
                    session.user(),
                    row.machine(),
                    m,
                    counts,
                    replaced,
                    start,
                    reading.get().version());
        } else {
            meters.read(session.user(), row.machine(), m, counts, replaced, start == null ? Counts.ZERO : start);
        }
    }

    private static long wholeOrZero(String text) {
        return text == null || text.isBlank() ? 0 : whole(text);
    }

    private static MeterRow withCounters(MeterRow r, String mono, String colour, boolean replaced) {
        return new MeterRow(
                r.line(),
                r.machine(),
                r.department(),
                r.lastMono(),
                r.lastColour(),
                mono,
                colour,
                replaced,
                r.usedMono(),
                r.usedColour(),
                r.charge(),
                false);
    }

    @Override
    protected void writeExcel(YearMonth m, Path file) {
        MeterWorkbook.export(session.context(), session.user(), m, file);
    }

    @Override
    protected String readExcel(Path file) {
        return new MeterImport(session.context())
                .run(session.user(), ImportFiles.open(file))
                .text();
    }
}
