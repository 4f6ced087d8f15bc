package jp.shomu.ledger.ui.output;

import java.time.YearMonth;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Theme;

/** The month of the report (a spinner of months, last month first) and, for leaders, 担当者名を表示. */
public final class MonthlyReportDialog extends Dialog<ButtonType> {
    public static final ButtonType CREATE = Controls.buttonType("output.monthly.create", ButtonData.OK_DONE);

    public MonthlyReportDialog(MonthlyReportViewModel vm) {
        setTitle(Messages.get("output.monthly.title"));
        setHeaderText(Messages.get("output.monthly.title"));
        Spinner<YearMonth> month = new Spinner<>(new MonthFactory(vm.month()));
        month.setId("report-month");
        month.setEditable(false);
        vm.monthProperty().bind(month.valueProperty());
        Label monthLabel = Controls.label("output.monthly.month");
        monthLabel.setLabelFor(month);
        VBox content = new VBox(8, monthLabel, month);
        content.getStyleClass().add("dialog-content");
        if (vm.offersOperatorNames()) {
            CheckBox names = new CheckBox(Messages.get("output.monthly.operatorNames"));
            names.setId("report-operator-names");
            names.setMnemonicParsing(true);
            names.selectedProperty().bindBidirectional(vm.operatorNamesProperty());
            content.getChildren().add(names);
        }
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(CREATE, Controls.buttonType("dialog.cancel", ButtonData.CANCEL_CLOSE));
        Theme.apply(getDialogPane());
        setOnShown(e -> month.requestFocus());
    }

    /** Months back from the given one (no later month: its figures are not in yet). */
    private static final class MonthFactory extends SpinnerValueFactory<YearMonth> {
        private final YearMonth latest;

        MonthFactory(YearMonth initial) {
            this.latest = initial.plusMonths(1);
            setValue(initial);
            setConverter(new StringConverter<>() {
                @Override
                public String toString(YearMonth m) {
                    // 和暦 as everywhere else, with the western year for whoever checks it against a calendar
                    return m == null ? "" : Wareki.formatMonth(m) + "(" + m.getYear() + "年" + m.getMonthValue() + "月)";
                }

                @Override
                public YearMonth fromString(String text) {
                    return getValue();
                }
            });
        }

        @Override
        public void decrement(int steps) {
            setValue(getValue().minusMonths(steps));
        }

        @Override
        public void increment(int steps) {
            YearMonth next = getValue().plusMonths(steps);
            setValue(next.isAfter(latest) ? latest : next);
        }
    }
}
