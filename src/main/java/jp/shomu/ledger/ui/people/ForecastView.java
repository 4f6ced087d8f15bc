package jp.shomu.ledger.ui.people;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.forecast.MinutesComparison;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/** The forecast screen: year picker, the two monthly charts, the table per 大区分 and the standard minutes. */
public final class ForecastView extends VBox {
    private final BarChart<String, Number> demand = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final LineChart<String, Number> plan = new LineChart<>(new CategoryAxis(), new NumberAxis());

    public ForecastView(ForecastViewModel vm) {
        super(6);
        setId("forecast");
        getStyleClass().add("case-list");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("forecast-year");
        year.setValue(vm.fiscalYearProperty().get());
        year.setButtonCell(yearCell());
        year.setCellFactory(l -> yearCell());
        year.valueProperty()
                .addListener((obs, old, now) -> vm.fiscalYearProperty().set(now));
        Label yearLabel = Controls.label("forecast.year", "filter-label");
        yearLabel.setLabelFor(year);
        yearLabel.setMnemonicParsing(true);
        var export = Controls.button("forecast.export", vm::export);
        export.setId("forecast-export");
        Label basis = new Label();
        basis.setId("forecast-basis");
        basis.getStyleClass().add("muted");
        basis.textProperty().bind(vm.basisProperty());
        Label status = Controls.message("info-banner");
        status.setId("forecast-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, yearLabel, year, Controls.button("forecast.refresh", vm::refresh), export, basis);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");

        demand.setId("forecast-demand-chart");
        demand.setTitle(Messages.get("forecast.chart.demand"));
        plan.setId("forecast-plan-chart");
        plan.setTitle(Messages.get("forecast.chart.plan"));
        for (var chart : java.util.List.of(demand, plan)) {
            chart.setAnimated(false);
            chart.setLegendVisible(true);
            chart.setLegendSide(javafx.geometry.Side.TOP);
            chart.setPrefHeight(250);
            chart.setMinHeight(200);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        vm.points().addListener((ListChangeListener<ForecastViewModel.MonthPoint>) c -> showPoints(vm));
        HBox charts = new HBox(8, demand, plan);

        TabPane below = new TabPane(
                new Tab(Messages.get("forecast.tab.table"), table(vm)),
                new Tab(Messages.get("forecast.tab.minutes"), minutes(vm)));
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        below.setId("forecast-tabs");
        VBox.setVgrow(below, Priority.ALWAYS);
        getChildren().addAll(bar, status, charts, below);
    }

    private void showPoints(ForecastViewModel vm) {
        XYChart.Series<String, Number> needed = series("forecast.series.needed");
        XYChart.Series<String, Number> available = series("forecast.series.available");
        XYChart.Series<String, Number> planned = series("forecast.series.plan");
        XYChart.Series<String, Number> actual = series("forecast.series.actual");
        for (ForecastViewModel.MonthPoint p : vm.points()) {
            needed.getData().add(new XYChart.Data<>(p.label(), p.needed()));
            available.getData().add(new XYChart.Data<>(p.label(), p.available()));
            planned.getData().add(new XYChart.Data<>(p.label(), p.needed()));
            actual.getData().add(new XYChart.Data<>(p.label(), p.actual()));
        }
        demand.getData().setAll(java.util.List.of(needed, available));
        plan.getData().setAll(java.util.List.of(planned, actual));
    }

    private static XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(Messages.get(key));
        return s;
    }

    private static ListCell<Integer> yearCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer y, boolean empty) {
                super.updateItem(y, empty);
                setText(empty || y == null ? "" : Messages.format("forecast.yearItem", Integer.toString(y)));
            }
        };
    }

    private static TableView<ForecastViewModel.TableLine> table(ForecastViewModel vm) {
        TableView<ForecastViewModel.TableLine> t = new TableView<>(vm.table());
        t.setId("forecast-table");
        t.getColumns().add(column("forecast.col.major", 170, ForecastViewModel.TableLine::label));
        String[] months = {"4", "5", "6", "7", "8", "9", "10", "11", "12", "1", "2", "3"};
        for (int i = 0; i < months.length; i++) {
            int index = i;
            TableColumn<ForecastViewModel.TableLine, String> c =
                    new TableColumn<>(Messages.format("forecast.month", months[i]));
            c.setPrefWidth(58);
            c.setSortable(false);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            c.setCellValueFactory(
                    cd -> new ReadOnlyObjectWrapper<>(cd.getValue().months().get(index)));
            t.getColumns().add(c);
        }
        t.getColumns().add(column("forecast.col.year", 72, ForecastViewModel.TableLine::year));
        t.getColumns().add(column("forecast.col.reference", 72, ForecastViewModel.TableLine::reference));
        return t;
    }

    private static VBox minutes(ForecastViewModel vm) {
        TableView<MinutesComparison> t = new TableView<>(vm.minutes());
        t.setId("forecast-minutes");
        t.getColumns().add(minutesColumn("forecast.minutes.col.type", 80, MinutesComparison::typeCode));
        t.getColumns().add(minutesColumn("forecast.minutes.col.standard", 90, m -> Integer.toString(m.standard())));
        t.getColumns()
                .add(minutesColumn(
                        "forecast.minutes.col.actual", 90, m -> m.cases() == 0 ? "" : Long.toString(m.actual())));
        t.getColumns().add(minutesColumn("forecast.minutes.col.cases", 80, m -> Long.toString(m.cases())));
        t.getColumns().add(minutesColumn("forecast.minutes.col.ratio", 70, MinutesComparison::ratioText));
        t.getColumns()
                .add(minutesColumn(
                        "forecast.minutes.col.flag",
                        80,
                        m -> m.differs() ? Messages.get("forecast.minutes.flag") : ""));
        Label rule = new Label(Messages.format(
                "forecast.minutes.rule",
                Integer.toString(MinutesComparison.MIN_CASES),
                Integer.toString(MinutesComparison.THRESHOLD_PERCENT)));
        rule.setWrapText(true);
        rule.getStyleClass().add("muted");
        HBox actions = new HBox(8, rule);
        if (vm.canPropose()) {
            var propose = Controls.button(
                    "forecast.minutes.propose",
                    () -> vm.propose(t.getSelectionModel().getSelectedItem()));
            propose.setId("forecast-propose");
            propose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            actions.getChildren().add(0, propose);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, actions, t);
        VBox.setVgrow(t, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<ForecastViewModel.TableLine, String> column(
            String key, double width, Function<ForecastViewModel.TableLine, String> value) {
        TableColumn<ForecastViewModel.TableLine, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<MinutesComparison, String> minutesColumn(
            String key, double width, Function<MinutesComparison, String> value) {
        TableColumn<MinutesComparison, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
