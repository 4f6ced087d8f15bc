package jp.shomu.ledger.ui.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.service.tables.MonthEndCases;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FileKind;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * What every table screen (4-2, 6-1, 6-2) does around its grid: the month shown and moving it, the month-end case,
 * the Excel sheet out and back in, going to the cases list, and a status line.
 */
public abstract class MonthTableViewModel {
    /** Registers a row from the values typed into a form; says {@code done} or why it was {@code refused}. */
    public interface RowRegistration {
        void register(List<String> values, Runnable done, Consumer<String> refused);
    }

    protected final Session session;
    protected final TaskExecutor executor;
    protected final DialogService dialogs;
    private final LongConsumer openCase;
    private final Runnable showCases;

    // Properties
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper monthText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param openCase  opens a case in the main window (the month-end case)
     * @param showCases shows the type's cases list instead of the table
     */
    protected MonthTableViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, LongConsumer openCase, Runnable showCases) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.openCase = openCase;
        this.showCases = showCases;
        month.addListener((obs, old, m) -> {
            monthText.set(jp.shomu.ledger.domain.calendar.Wareki.formatMonth(m) + "(" + m + ")");
            refresh();
        });
    }

    /** The 中区分 code of the table. */
    public abstract String typeCode();

    /** The sheet's file name for the month, e.g. 複合機検針表_2027-04.xlsx. */
    protected abstract String fileName(YearMonth m);

    protected abstract void load(YearMonth m);

    protected abstract void writeExcel(YearMonth m, Path file);

    /** Takes a sheet in; returns what it did, for the status line. */
    protected abstract String readExcel(Path file);

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ReadOnlyStringProperty monthTextProperty() {
        return monthText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public boolean mayEdit() {
        return session.can(Action.EDIT_CASE);
    }

    protected void say(String text) {
        status.set(text);
    }

    protected void failed(Throwable e) {
        status.set(ErrorText.of(e));
    }

    /** A whole number as typed (3,000 or 3000). */
    protected static long whole(String text) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (!t.matches("-?\\d{1,15}")) {
            throw new jp.shomu.ledger.domain.cases.InvalidInputException(
                    "整数で入力してください: " + (text == null ? "" : text.strip()));
        }
        return Long.parseLong(t);
    }

    // Commands

    /** Shows the month before the one shown (the month of today at first). */
    public void start() {
        month.set(YearMonth.from(session.today()).minusMonths(1));
    }

    public void refresh() {
        if (month.get() != null) {
            load(month.get());
        }
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public void showCases() {
        showCases.run();
    }

    /** Makes (or finds) the month's case and opens it. */
    public void monthEndCase() {
        YearMonth m = month.get();
        executor.run(
                Messages.get("table.task.case"),
                () -> new MonthEndCases(session.context()).open(session.user(), typeCode(), m),
                id -> {
                    say(Messages.format("table.caseOpened", Long.toString(id), m.toString()));
                    openCase.accept(id);
                },
                this::failed);
    }

    public void exportExcel() {
        YearMonth m = month.get();
        dialogs.chooseSaveFile(Messages.get("table.export.title"), fileName(m))
                .ifPresent(file -> executor.run(
                        Messages.get("table.export.title"),
                        () -> {
                            writeExcel(m, file);
                            return file;
                        },
                        f -> say(Messages.format(
                                "table.exported", f.getFileName().toString())),
                        this::failed));
    }

    /**
     * Writes a new row (a machine, a budget line) through its service; the status line says {@code work}'s answer and
     * the table shows the row, or {@code refused} gets the service's message.
     */
    protected void register(Supplier<String> work, Runnable done, Consumer<String> refused) {
        executor.run(
                Messages.get("table.task.save"),
                work::get,
                text -> {
                    say(text);
                    refresh();
                    done.run();
                },
                e -> refused.accept(ErrorText.of(e)));
    }

    /**
     * Changes a row through its service like {@link #register}; when refused (someone else changed it first, or a
     * rule), the table is read again so that it shows the row as it now is, and {@code refused} gets the message.
     */
    protected void change(Supplier<String> work, Runnable done, Consumer<String> refused) {
        executor.run(
                Messages.get("table.task.save"),
                work::get,
                text -> {
                    say(text);
                    refresh();
                    done.run();
                },
                e -> {
                    refused.accept(ErrorText.of(e));
                    refresh();
                });
    }

    public void importExcel() {
        dialogs.chooseOpenFile(Messages.get("table.import.title"), FileKind.IMPORT)
                .ifPresent(file -> executor.run(
                        Messages.get("table.import.title"),
                        () -> readExcel(file),
                        text -> {
                            say(text);
                            refresh();
                        },
                        e -> {
                            failed(e);
                            dialogs.showError(ErrorText.of(e));
                        }));
    }
}
