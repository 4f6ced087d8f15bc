package jp.shomu.ledger.ui.people;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.service.people.RosterLine;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.DisplayFormat;
import jp.shomu.ledger.ui.common.Messages;

/** The roster screen: the 名簿 and 従事者名簿 table above, the selected person's details below. */
public final class RosterView extends VBox {
    public RosterView(RosterViewModel vm) {
        super(6);
        setId("roster");
        getStyleClass().add("case-list");
        Label warning = Controls.message("problem-banner");
        warning.setId("roster-warning");
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(vm.warningProperty());
        Label status = Controls.message("info-banner");
        status.setId("roster-status");
        status.textProperty().bind(vm.statusProperty());
        Button export = Controls.button("roster.export", vm::export);
        export.setId("roster-export");
        HBox bar = new HBox(8, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        if (vm.canEdit()) {
            bar.getChildren().addAll(newPerson(vm));
        } else {
            bar.getChildren().add(Controls.label("roster.readOnly", "muted"));
        }

        TableView<RosterLine> table = table(vm);
        Node details = vm.canEdit() ? details(vm) : new Label();
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(vm.canEdit() ? 0.55 : 0.95);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, warning, status, split);
    }

    private static Node[] newPerson(RosterViewModel vm) {
        Label title = Controls.label("roster.new", "section-title");
        TextField login = field("roster-new-login", vm.newLoginProperty(), 100, "roster.new.login");
        TextField no = field("roster-new-employee-no", vm.newEmployeeNoProperty(), 90, "roster.new.employeeNo");
        TextField name = field("roster-new-name", vm.newNameProperty(), 110, "roster.new.name");
        ComboBox<Role> role = roles("roster-new-role");
        role.valueProperty().bindBidirectional(vm.newRoleProperty());
        TextField team = field("roster-new-team", vm.newTeamProperty(), 100, "roster.new.team");
        Button add = Controls.button("roster.new.add", vm::add);
        add.setId("roster-add");
        Label loginLabel = Controls.label("roster.new.login");
        loginLabel.setLabelFor(login);
        loginLabel.setMnemonicParsing(true);
        return new Node[] {title, loginLabel, login, no, name, role, team, add};
    }

    private static TextField field(String id, StringProperty p, double width, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.setPromptText(Messages.get(promptKey).replace("(_L)", ""));
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static ComboBox<Role> roles(String id) {
        ComboBox<Role> c = new ComboBox<>();
        c.getItems().setAll(Role.values());
        c.setId(id);
        c.setButtonCell(roleCell());
        c.setCellFactory(l -> roleCell());
        return c;
    }

    private static ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? "" : r.label());
            }
        };
    }

    private static TableView<RosterLine> table(RosterViewModel vm) {
        TableView<RosterLine> t = new TableView<>(vm.rows());
        t.setId("roster-table");
        t.getColumns().add(column("roster.col.employeeNo", 80, l -> l.staff().employeeNo()));
        t.getColumns().add(column("roster.col.name", 100, l -> l.staff().name()));
        t.getColumns().add(column("roster.col.login", 90, l -> l.staff().login()));
        t.getColumns().add(column("roster.col.role", 80, l -> l.staff().role().label()));
        t.getColumns().add(column("roster.col.team", 90, l -> l.staff().team()));
        t.getColumns()
                .add(column(
                        "roster.col.active",
                        50,
                        l -> Messages.get(l.staff().active() ? "roster.active" : "roster.inactive")));
        t.getColumns()
                .add(column(
                        "roster.col.service",
                        170,
                        l -> l.serviceFrom() == null
                                ? ""
                                : DisplayFormat.dateShort(l.serviceFrom()) + "〜"
                                        + (l.serviceTo() == null ? "" : DisplayFormat.dateShort(l.serviceTo()))));
        t.getColumns()
                .add(column(
                        "roster.col.hours",
                        90,
                        l -> l.hoursPerDay() == null
                                ? ""
                                : Messages.format(
                                        "roster.hours",
                                        l.hoursPerDay().toString(),
                                        l.daysPerWeek().toString())));
        t.getColumns()
                .add(column(
                        "roster.col.types",
                        110,
                        l -> l.serviceFrom() == null
                                ? ""
                                : l.taskTypes().isEmpty()
                                        ? Messages.get("roster.anyType")
                                        : String.join(",", l.taskTypes())));
        t.getColumns()
                .add(column(
                        "roster.col.myNumber",
                        110,
                        l -> l.designatedSince() == null
                                ? ""
                                : Messages.format("roster.designated", DisplayFormat.dateShort(l.designatedSince()))));
        t.getColumns().add(column("roster.col.training", 160, l -> String.join(" / ", l.trainings())));
        t.getColumns().add(column("roster.col.badge", 170, RosterLine::lastBadge));
        t.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RosterLine l, boolean empty) {
                super.updateItem(l, empty);
                getStyleClass().removeAll("roster-untrained", "roster-inactive");
                if (!empty && l != null && l.untrainedHandler()) {
                    getStyleClass().add("roster-untrained");
                } else if (!empty && l != null && !l.staff().active()) {
                    getStyleClass().add("roster-inactive");
                }
            }
        });
        t.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, l) -> vm.selectedProperty().set(l));
        vm.selectedProperty().addListener((obs, old, l) -> {
            if (l != null && t.getSelectionModel().getSelectedItem() != l) {
                t.getSelectionModel().select(l);
            }
        });
        return t;
    }

    private static Node details(RosterViewModel vm) {
        ComboBox<Role> role = roles("roster-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        GridPane roster = grid("roster.section.roster");
        row(roster, 1, "roster.new.role", role);
        row(roster, 2, "roster.new.team", text("roster-team", vm.teamProperty()));
        Button save = Controls.button("roster.saveRole", vm::saveRoleAndTeam);
        save.setId("roster-save-role");
        Button off = Controls.button("roster.deactivate", vm::deactivate);
        off.setId("roster-deactivate");
        roster.add(new HBox(6, save, off), 0, 3, 2, 1);

        GridPane terms = grid("roster.section.terms");
        row(terms, 1, "roster.effective", text("roster-effective", vm.effectiveProperty()));
        row(terms, 2, "roster.serviceFrom", text("roster-service-from", vm.serviceFromProperty()));
        TextField to = text("roster-service-to", vm.serviceToProperty());
        to.setPromptText(Messages.get("roster.serviceTo.prompt"));
        row(terms, 3, "roster.serviceTo", to);
        row(terms, 4, "roster.hoursPerDay", text("roster-hours", vm.hoursPerDayProperty()));
        row(terms, 5, "roster.daysPerWeek", text("roster-days", vm.daysPerWeekProperty()));
        TextField types = text("roster-types", vm.taskTypesProperty());
        types.setPromptText(Messages.get("roster.taskTypes.prompt"));
        row(terms, 6, "roster.taskTypes", types);
        CheckBox designated = new CheckBox(Messages.get("roster.designatedCheck"));
        designated.setId("roster-designated");
        designated.selectedProperty().bindBidirectional(vm.designatedProperty());
        terms.add(designated, 0, 7, 2, 1);
        Button saveTerms = Controls.button("roster.saveTerms", vm::saveTerms);
        saveTerms.setId("roster-save-terms");
        terms.add(saveTerms, 0, 8, 2, 1);

        GridPane training = grid("roster.section.training");
        row(training, 1, "roster.course", text("roster-course", vm.courseProperty()));
        row(training, 2, "roster.courseDate", text("roster-course-date", vm.courseDateProperty()));
        Button addTraining = Controls.button("roster.addTraining", vm::addTraining);
        addTraining.setId("roster-add-training");
        training.add(addTraining, 0, 3, 2, 1);

        GridPane badge = grid("roster.section.badge");
        row(badge, 1, "roster.badgeNo", text("roster-badge-no", vm.badgeNoProperty()));
        ComboBox<String> event = new ComboBox<>();
        event.getItems().setAll(RosterViewModel.BADGE_EVENTS);
        event.setId("roster-badge-event");
        event.setButtonCell(badgeCell());
        event.setCellFactory(l -> badgeCell());
        event.valueProperty().bindBidirectional(vm.badgeEventProperty());
        row(badge, 2, "roster.badgeEvent", event);
        row(badge, 3, "roster.badgeDate", text("roster-badge-date", vm.badgeDateProperty()));
        row(badge, 4, "roster.badgeReported", text("roster-badge-reported", vm.badgeReportedProperty()));
        Button record = Controls.button("roster.recordBadge", vm::recordBadge);
        record.setId("roster-record-badge");
        badge.add(record, 0, 5, 2, 1);

        FlowPane pane = new FlowPane(16, 8, roster, terms, training, badge);
        pane.setPadding(new Insets(6));
        pane.disableProperty().bind(vm.selectedProperty().isNull());
        return pane;
    }

    private static ListCell<String> badgeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? "" : Messages.get("roster.badge." + e));
            }
        };
    }

    private static GridPane grid(String titleKey) {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(4);
        g.add(Controls.label(titleKey, "section-title"), 0, 0, 2, 1);
        return g;
    }

    private static void row(GridPane g, int r, String key, Node field) {
        Label l = Controls.label(key);
        l.setLabelFor(field);
        g.add(l, 0, r);
        g.add(field, 1, r);
    }

    private static TextField text(String id, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(10);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TableColumn<RosterLine, String> column(
            String key, double width, Function<RosterLine, String> value) {
        TableColumn<RosterLine, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
