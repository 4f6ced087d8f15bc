package jp.shomu.ledger.ui.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.tables.PostageLine;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.StampWorkbook;
import jp.shomu.ledger.service.tables.StampImport;
import jp.shomu.ledger.service.tables.StampService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The 6-1 screen: the stamp register of the month (the count typed into the grid, the difference flagged), a line
 * to record stamps received or issued, and the postage by department (後納料金 and 通数 typed into the grid).
 */
public final class StampTableViewModel extends MonthTableViewModel {
    /** A denomination's line of the register, or the totals line (line null). */
    public record StampRow(
            StampLine line, String denomination, String counted, String difference, String worth, boolean flagged) {
        public boolean total() {
            return line == null;
        }
    }

    /** A department's line of the cost allocation, or the totals line (line null). */
    public record PostageRow(
            PostageLine line, String department, String stamps, String postage, String pieces, String total) {
        public boolean isTotal() {
            return line == null;
        }
    }

    // Properties
    private final ObservableList<StampRow> stamps = FXCollections.observableArrayList();
    private final ObservableList<PostageRow> departments = FXCollections.observableArrayList();
    private final BooleanProperty issuing = new SimpleBooleanProperty(true);
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty denomination = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty postageDepartment = new SimpleStringProperty("");
    private final StringProperty postageAmount = new SimpleStringProperty("");
    private final StringProperty postagePieces = new SimpleStringProperty("");

    public StampTableViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, LongConsumer openCase, Runnable showCases) {
        super(session, executor, dialogs, openCase, showCases);
    }

    @Override
    public String typeCode() {
        return "6-1";
    }

    public ObservableList<StampRow> stamps() {
        return stamps;
    }

    public ObservableList<PostageRow> departments() {
        return departments;
    }

    /** 払出 (true) or 受入 (false). */
    public BooleanProperty issuingProperty() {
        return issuing;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty denominationProperty() {
        return denomination;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty postageDepartmentProperty() {
        return postageDepartment;
    }

    public StringProperty postageAmountProperty() {
        return postageAmount;
    }

    public StringProperty postagePiecesProperty() {
        return postagePieces;
    }

    @Override
    protected String fileName(YearMonth m) {
        return "切手受払簿_" + m + ".xlsx";
    }

    @Override
    protected void load(YearMonth m) {
        executor.run(
                Messages.get("table.task.load"),
                () -> new StampService(session.context()).month(session.user(), m),
                this::show,
                this::failed);
    }

    private void show(StampService.StampMonth m) {
        if (!m.month().equals(monthProperty().get())) {
            return;
        }
        List<StampRow> rows = new ArrayList<>();
        long worth = 0;
        for (StampLine l : m.stamps()) {
            rows.add(new StampRow(
                    l,
                    MeterRow.number(l.denomination()),
                    l.counted().map(MeterRow::number).orElse(""),
                    l.counted().isPresent() ? MeterRow.number(l.difference()) : "",
                    MeterRow.number(l.balanceYen()),
                    l.flagged()));
            worth += l.balanceYen();
        }
        rows.add(new StampRow(null, Messages.get("table.total"), "", "", MeterRow.number(worth), false));
        stamps.setAll(rows);
        List<PostageRow> lines = new ArrayList<>();
        long[] sum = new long[4];
        for (PostageLine l : m.departments()) {
            lines.add(new PostageRow(
                    l,
                    l.department(),
                    MeterRow.number(l.stampsYen()),
                    MeterRow.number(l.postageYen()),
                    MeterRow.number(l.pieces()),
                    MeterRow.number(l.total())));
            sum[0] += l.stampsYen();
            sum[1] += l.postageYen();
            sum[2] += l.pieces();
            sum[3] += l.total();
        }
        lines.add(new PostageRow(
                null,
                Messages.get("table.total"),
                MeterRow.number(sum[0]),
                MeterRow.number(sum[1]),
                MeterRow.number(sum[2]),
                MeterRow.number(sum[3])));
        departments.setAll(lines);
    }

    // Commands

    /** Records the stamps received or issued, as typed on the entry line. */
    public void record() {
        YearMonth m = monthProperty().get();
        boolean issue = issuing.get();
        String to = department.get();
        String d = denomination.get();
        String q = quantity.get();
        save(
                () -> {
                    StampService s = new StampService(session.context());
                    if (issue) {
                        s.issue(session.user(), m, to, whole(d), whole(q));
                    } else {
                        s.receive(session.user(), m, whole(d), whole(q));
                    }
                },
                Messages.format(issue ? "table.stamp.issued" : "table.stamp.received", d, q, to));
        quantity.set("");
    }

    /** The stamps of a denomination counted at month end, typed into the grid. */
    public void count(StampRow row, String counted) {
        if (row.total() || counted.isBlank()) {
            return;
        }
        YearMonth m = monthProperty().get();
        save(
                () -> new StampService(session.context())
                        .count(session.user(), m, row.line().denomination(), whole(counted)),
                Messages.format("table.stamp.countedDone", row.denomination(), counted));
    }

    /** A department's 後納料金 and 通数, typed into the grid. */
    public void postage(PostageRow row, String amount, String pieces) {
        if (row.isTotal()) {
            return;
        }
        YearMonth m = monthProperty().get();
        save(
                () -> new StampService(session.context())
                        .postage(session.user(), m, row.department(), whole(amount), whole(pieces)),
                Messages.format("table.stamp.postageDone", row.department()));
    }

    /** The postage of a department not in the table yet, as typed under it. */
    public void addPostage() {
        YearMonth m = monthProperty().get();
        String d = postageDepartment.get();
        String amount = postageAmount.get();
        String pieces = postagePieces.get().isBlank() ? "0" : postagePieces.get();
        save(
                () -> new StampService(session.context()).postage(session.user(), m, d, whole(amount), whole(pieces)),
                Messages.format("table.stamp.postageDone", d));
        postageAmount.set("");
        postagePieces.set("");
    }

    private void save(Runnable work, String done) {
        executor.run(
                Messages.get("table.task.save"),
                () -> {
                    work.run();
                    return done;
                },
                text -> {
                    say(text);
                    refresh();
                },
                e -> {
                    failed(e);
                    refresh();
                });
    }

    @Override
    protected void writeExcel(YearMonth m, Path file) {
        StampWorkbook.export(session.context(), session.user(), m, file);
    }

    @Override
    protected String readExcel(Path file) {
        return new StampImport(session.context()).run(session.user(), ImportFiles.open(file));
    }
}
