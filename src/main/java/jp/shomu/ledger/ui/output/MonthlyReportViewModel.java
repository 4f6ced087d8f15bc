package jp.shomu.ledger.ui.output;

import java.time.LocalDate;
import java.time.YearMonth;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The choices before a monthly report: which month (last month unless changed) and, for leaders, operator names. */
public final class MonthlyReportViewModel {
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final BooleanProperty operatorNames = new SimpleBooleanProperty();
    private final boolean offersOperatorNames;

    public MonthlyReportViewModel(LocalDate today, boolean offersOperatorNames) {
        this.month.set(YearMonth.from(today).minusMonths(1));
        this.offersOperatorNames = offersOperatorNames;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public BooleanProperty operatorNamesProperty() {
        return operatorNames;
    }

    /** Only leaders and the manager may name operators in the report. */
    public boolean offersOperatorNames() {
        return offersOperatorNames;
    }

    public YearMonth month() {
        return month.get();
    }

    public boolean operatorNames() {
        return offersOperatorNames && operatorNames.get();
    }

    /** The file name the save dialog suggests. */
    public String fileName() {
        return "業務実績報告書_" + month() + ".xlsx";
    }
}
