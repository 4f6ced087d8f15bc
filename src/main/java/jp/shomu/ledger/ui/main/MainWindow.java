package jp.shomu.ledger.ui.main;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import jp.shomu.ledger.service.workplace.UserSettings;
import jp.shomu.ledger.ui.audit.AuditLogView;
import jp.shomu.ledger.ui.caseform.CaseFormView;
import jp.shomu.ledger.ui.caseform.CaseFormViewModel;
import jp.shomu.ledger.ui.centre.CentreView;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.SingleTab;
import jp.shomu.ledger.ui.common.Theme;
import jp.shomu.ledger.ui.output.OutputsMenu;
import jp.shomu.ledger.ui.settings.SettingsView;

/**
 * The workbench window: toolbar, navigation, the list and one tab per open case, the status bar. Ctrl+N new case,
 * Ctrl+S save, Ctrl+F search, Ctrl+W close the case tab, F5 refresh.
 */
public final class MainWindow {
    private final MainViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab listTab = new Tab(Messages.get("main.listTab"));
    private final Map<CaseFormViewModel, Tab> tabOf = new HashMap<>();
    private final Tab auditTab = new Tab(Messages.get("audit.tab"));
    private final Tab centreTab = new Tab(Messages.get("centre.tab"));
    private final CaseListView list;
    private final BorderPane root;

    static final String NAVIGATION_WIDTH = "window.navigationWidth";
    private final UserSettings settings;
    private NavigationView navigation;
    private SplitPane split;

    public MainWindow(MainViewModel vm, ObservableBooleanValue busy, UserSettings settings) {
        this.vm = vm;
        this.settings = settings;
        this.list = new CaseListView(vm.list(), vm::open);
        listTab.setClosable(false);
        listTab.setContent(list);
        Map<jp.shomu.ledger.ui.tables.MonthTableViewModel, javafx.scene.Node> tableViews = new HashMap<>();
        BorderPane tableCases = casesWithWayBack();
        jp.shomu.ledger.ui.desk.DeskView deskView =
                vm.desk() == null ? null : new jp.shomu.ledger.ui.desk.DeskView(vm.desk(), vm::open);
        Runnable showSelected = () -> {
            boolean atDesk = deskView != null
                    && vm.navigation().selected() == vm.navigation().desk();
            var table = vm.tableProperty().get();
            if (atDesk) {
                listTab.setContent(deskView);
                listTab.setText(Messages.get("nav.desk"));
            } else if (table != null && !vm.tableCasesProperty().get()) {
                listTab.setContent(tableViews.computeIfAbsent(table, jp.shomu.ledger.ui.tables.TableScreens::view));
                listTab.setText(vm.navigation().selected().label());
            } else {
                // the list is one node: it sits under the way back to the table while a table's cases are shown
                tableCases.setCenter(table == null ? null : list);
                listTab.setContent(table == null ? list : tableCases);
                listTab.setText(Messages.get("main.listTab"));
            }
        };
        vm.navigation().selectedProperty().addListener((obs, old, e) -> {
            showSelected.run();
            tabs.getSelectionModel().select(listTab);
        });
        vm.tableCasesProperty().addListener((obs, old, shown) -> showSelected.run());
        showSelected.run();
        tabs.setId("tabs");
        tabs.getTabs().add(listTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        vm.forms().addListener((ListChangeListener<CaseFormViewModel>) change -> syncTabs());
        vm.selectedFormProperty().addListener((obs, old, f) -> {
            Tab front = tabs.getSelectionModel().getSelectedItem();
            if (f != null || (front != auditTab && front != centreTab)) {
                tabs.getSelectionModel().select(f == null ? listTab : tabOf.get(f));
            }
        });
        auditTab.setId("audit-tab");
        auditTab.setOnClosed(e -> vm.auditLogProperty().set(null));
        vm.auditLogProperty().addListener((obs, old, log) -> {
            tabs.getTabs().remove(auditTab);
            if (log != null) {
                auditTab.setContent(new AuditLogView(log));
                tabs.getTabs().add(1, auditTab);
                tabs.getSelectionModel().select(auditTab);
            }
        });
        centreTab.setId("centre-tab");
        centreTab.setOnClosed(e -> vm.centreProperty().set(null));
        vm.centreProperty().addListener((obs, old, c) -> {
            tabs.getTabs().remove(centreTab);
            if (c != null) {
                centreTab.setContent(new CentreView(c));
                tabs.getTabs().add(1, centreTab);
                tabs.getSelectionModel().select(centreTab);
            }
        });
        tabs.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, tab) -> vm.selectedFormProperty()
                        .set(tabOf.entrySet().stream()
                                .filter(e -> e.getValue() == tab)
                                .map(Map.Entry::getKey)
                                .findFirst()
                                .orElse(null)));
        this.root = layout(busy);
        root.addEventHandler(jp.shomu.ledger.ui.tables.OpenTableEvent.OPEN_TABLE, e -> {
            vm.openTable(e.typeCode(), e.month());
            tabs.getSelectionModel().select(listTab);
        });
    }

    /** A table's cases list, with the way back to the table above it. */
    private BorderPane casesWithWayBack() {
        Button back = Controls.button(
                "table.backToTable", () -> vm.tableCasesProperty().set(false));
        back.setId("table-back");
        BorderPane pane = new BorderPane();
        pane.setTop(new ToolBar(back));
        return pane;
    }

    private BorderPane layout(ObservableBooleanValue busy) {
        Label user = new Label();
        user.setId("current-user");
        user.getStyleClass().add("current-user");
        user.textProperty().bind(vm.userTextProperty());
        Button audit = Controls.offered("main.audit", vm.auditOfferedProperty(), this::openAuditLog);
        audit.setId("open-audit-log");
        ToolBar toolbar = new ToolBar(
                Controls.button("main.new", vm::newCase),
                Controls.button("main.refresh", vm::refresh),
                new OutputsMenu(vm.outputs()),
                audit,
                inquiryButton(),
                faqButton(),
                centreButton(),
                settingsButton(),
                jp.shomu.ledger.ui.people.PeopleView.opener(tabs, vm::people));
        Label problem = Controls.message("problem-banner");
        problem.setId("ledger-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setMaxWidth(Double.MAX_VALUE);
        Label personal = Controls.message("problem-banner");
        personal.setId("centre-personal-alert");
        personal.textProperty().bind(vm.centreAlerts().personalInformationProperty());
        personal.setMaxWidth(Double.MAX_VALUE);
        Label due = Controls.message("info-banner");
        due.setId("centre-due-alert");
        due.textProperty().bind(vm.centreAlerts().dueSoonProperty());
        due.setMaxWidth(Double.MAX_VALUE);

        navigation = new NavigationView(vm.navigation());
        split = new SplitPane(navigation, tabs);
        split.setId("main-split");
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);

        BorderPane pane = new BorderPane(split);
        VBox top = new VBox(toolbar, problem, personal, due);
        if (vm.settings() != null) {
            top.getChildren()
                    .add(new jp.shomu.ledger.ui.settings.BundledCatalogNotice(
                            vm.settings().bundledCatalog(), "main"));
        }
        pane.setTop(top);
        pane.setBottom(statusBar(busy, user));
        pane.getStyleClass().add("main-window");
        return pane;
    }

    /** 問合せ受付 (issue #15): opens the quick-entry form in a tab of its own, once. */
    private javafx.scene.Node inquiryButton() {
        Button b = Controls.button("inquiry.open", () -> {
            Tab tab = SingleTab.show(
                    tabs,
                    "inquiry-tab",
                    "inquiry.tab",
                    () -> new jp.shomu.ledger.ui.inquiries.InquiryEntryView(
                            new jp.shomu.ledger.ui.inquiries.InquiryEntryViewModel(vm.session())));
            if (tab.getContent() instanceof jp.shomu.ledger.ui.inquiries.InquiryEntryView v) {
                javafx.application.Platform.runLater(v::focusFirstField);
            }
        });
        b.setId("open-inquiry-entry");
        b.setVisible(vm.session().can(jp.shomu.ledger.domain.staff.Action.CREATE_CASE));
        b.setManaged(b.isVisible());
        return b;
    }

    /** FAQ (issue #15): the editor and review screen in a tab of its own, once. */
    private javafx.scene.Node faqButton() {
        Button b = Controls.button(
                "faq.open",
                () -> SingleTab.show(
                        tabs,
                        "faq-tab",
                        "faq.tab",
                        () -> new jp.shomu.ledger.ui.faq.FaqEditorView(
                                new jp.shomu.ledger.ui.faq.FaqEditorViewModel(vm.session()))));
        b.setId("open-faq-editor");
        return b;
    }

    /** 設定 (issue #13): the SLA targets, catalog proposals and holidays, in a tab of their own; leaders only. */
    private javafx.scene.Node settingsButton() {
        Button b = Controls.button(
                "settings.open",
                () -> SingleTab.show(tabs, "settings-tab", "settings.tab", () -> new SettingsView(vm.settings())));
        b.setId("open-settings");
        b.setVisible(vm.settings() != null);
        b.setManaged(b.isVisible());
        return b;
    }

    private Button centreButton() {
        Button b = Controls.button("main.centre", () -> {
            vm.openCentre();
            if (tabs.getTabs().contains(centreTab)) {
                tabs.getSelectionModel().select(centreTab);
            }
        });
        b.setId("open-centre");
        return b;
    }

    private void openAuditLog() {
        vm.openAuditLog();
        if (tabs.getTabs().contains(auditTab)) {
            tabs.getSelectionModel().select(auditTab);
        }
    }

    /**
     * The status bar also says who is signed in (and holds the sample ledger's demo switcher): the toolbar has no room
     * left for it on a 1366-pixel screen once every button is there.
     */
    private HBox statusBar(ObservableBooleanValue busy, Label user) {
        Label ledger = new Label(vm.ledgerText());
        ledger.setId("status-ledger");
        Label refreshed = new Label();
        refreshed.setId("status-refresh");
        refreshed.textProperty().bind(vm.list().lastRefreshProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(busy);
        HBox bar = new HBox(16, user, ledger, Controls.spacer(), working, refreshed);
        if (vm.session().isDemo()) {
            bar.getChildren().add(1, new DemoUserSwitcher(vm));
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void syncTabs() {
        tabOf.keySet().removeIf(f -> {
            if (!vm.forms().contains(f)) {
                tabs.getTabs().remove(tabOf.get(f));
                return true;
            }
            return false;
        });
        for (CaseFormViewModel f : vm.forms()) {
            tabOf.computeIfAbsent(f, this::newTab);
        }
    }

    private Tab newTab(CaseFormViewModel f) {
        Tab tab = new Tab();
        tab.textProperty().bind(f.header().titleProperty());
        tab.setContent(new CaseFormView(f));
        tab.setOnCloseRequest(e -> {
            e.consume();
            vm.close(f);
        });
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Puts the workbench in the stage, with its keyboard shortcuts. */
    public Scene show(Stage stage) {
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        Theme.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), vm::newCase);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (vm.selectedFormProperty().get() != null) {
                vm.selectedFormProperty().get().save();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            tabs.getSelectionModel().select(listTab);
            list.focusSearch();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), () -> {
            if (vm.selectedFormProperty().get() != null) {
                vm.close(vm.selectedFormProperty().get());
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::refresh);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (tabs.getSelectionModel().getSelectedItem().getContent() instanceof CaseFormView form) {
                    form.selectTab(index);
                }
            });
        }
        stage.setTitle(Messages.format("main.title", vm.session().ledgerTitle()));
        stage.setScene(scene);
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.setOnCloseRequest(e -> {
            if (!vm.forms().isEmpty()) {
                // each form with edits is asked about; the window closes once all have closed (after their saves)
                e.consume();
                vm.closeAll(stage::close);
            }
        });
        vm.start();
        stage.show();
        restoreNavigationWidth(scene.getWidth());
        // the navigation's width, as the person dragged it, is kept for the next start
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> rememberNavigationWidth());
        return scene;
    }

    private void restoreNavigationWidth(double windowWidth) {
        try {
            settings.get(NAVIGATION_WIDTH)
                    .map(Double::parseDouble)
                    .filter(w -> w >= 120 && w < windowWidth - 200)
                    .ifPresent(w -> split.setDividerPositions(w / windowWidth));
        } catch (RuntimeException e) {
            // an unreadable setting only loses the remembered width
        }
    }

    /** Keeps the navigation's width in the person's settings. */
    public void rememberNavigationWidth() {
        try {
            settings.put(NAVIGATION_WIDTH, Long.toString(Math.round(navigation.getWidth())));
        } catch (RuntimeException e) {
            // not remembered this time
        }
    }
}
