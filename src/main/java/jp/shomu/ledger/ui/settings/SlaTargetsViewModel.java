package jp.shomu.ledger.ui.settings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.settings.SlaTargetService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The SLA targets in force this month, one row per metric the app computes, and a proposal of new ones: the person
 * ticks the items the SLA lists, sets names and targets and the month they apply from. Another leader or the
 * manager approves it (the proposals below, {@link ProposalsViewModel}).
 */
public final class SlaTargetsViewModel {
    /** One metric: whether the SLA lists it, under which name, with which target. */
    public static final class ItemRow {
        private final SlaMetric metric;
        private final BooleanProperty listed = new SimpleBooleanProperty();
        private final StringProperty name = new SimpleStringProperty("");
        private final StringProperty target = new SimpleStringProperty("");
        private final StringProperty inForce = new SimpleStringProperty("");

        ItemRow(SlaMetric metric) {
            this.metric = metric;
        }

        public SlaMetric metric() {
            return metric;
        }

        public BooleanProperty listedProperty() {
            return listed;
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** Percent for rates, a number of cases for counts. */
        public StringProperty targetProperty() {
            return target;
        }

        /** The target in force now, as the report writes it ("99%以上"); empty when not listed. */
        public StringProperty inForceProperty() {
            return inForce;
        }

        void show(Optional<SlaItem> current) {
            listed.set(current.isPresent());
            name.set(current.map(SlaItem::name).orElse(metric.label()));
            target.set(current.map(i -> i.target().toPlainString()).orElse(""));
            inForce.set(current.map(SlaItem::targetText).orElse(""));
        }

        SlaItem item() {
            try {
                return new SlaItem(
                        metric, name.get(), new BigDecimal(target.get().strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        Messages.format("settings.sla.badTarget", metric.label(), target.get()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage());
            }
        }
    }

    private final Session session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProposalsViewModel proposals;

    // Properties
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    public SlaTargetsViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, ProposalsViewModel proposals) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.proposals = proposals;
        for (SlaMetric m : SlaMetric.values()) {
            items.add(new ItemRow(m));
        }
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    /** "版 2(2027-04 から)" or "既定(アプリの初期値)". */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The month the proposal applies from (YYYY-MM). */
    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ProposalsViewModel proposals() {
        return proposals;
    }

    // Commands

    public void refresh() {
        StaffMember user = session.user();
        SlaTargetService service = new SlaTargetService(session.context());
        YearMonth month = YearMonth.from(session.today());
        executor.run(
                Messages.get("settings.sla.task"),
                () -> service.inForce(user, month),
                this::show,
                e -> current.set(ErrorText.of(e)));
        proposals.refresh();
    }

    private void show(SlaTargets t) {
        for (ItemRow row : items) {
            row.show(t.items().stream().filter(i -> i.metric() == row.metric).findFirst());
        }
        current.set(
                t.isDefault()
                        ? Messages.get("settings.sla.default")
                        : Messages.format(
                                "settings.sla.version",
                                Integer.toString(t.version()),
                                t.effectiveFrom().toString()));
        if (from.get().isBlank()) {
            from.set(YearMonth.from(session.today()).plusMonths(1).toString());
        }
    }

    /** Proposes the listed rows as a new version; another leader or the manager approves it. */
    public void propose() {
        StaffMember user = session.user();
        SlaTargetService service = new SlaTargetService(session.context());
        List<SlaItem> listed;
        YearMonth month;
        try {
            month = YearMonth.parse(from.get().strip());
            listed = new ArrayList<>();
            for (ItemRow row : items) {
                if (row.listed.get()) {
                    listed.add(row.item());
                }
            }
        } catch (DateTimeParseException e) {
            dialogs.showError(Messages.format("settings.sla.badMonth", from.get()));
            return;
        } catch (InvalidInputException e) {
            dialogs.showError(e.getMessage());
            return;
        }
        String why = summary.get();
        executor.run(
                Messages.get("settings.sla.proposeTask"),
                () -> service.propose(user, month, listed, why),
                id -> {
                    summary.set("");
                    dialogs.showInfo(
                            Messages.get("settings.sla.tab"), Messages.format("settings.sla.proposed", id.toString()));
                    proposals.refresh();
                },
                e -> dialogs.showError(ErrorText.of(e)));
    }
}
