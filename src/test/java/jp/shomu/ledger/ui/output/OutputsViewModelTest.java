package jp.shomu.ledger.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputsViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;

    @BeforeEach
    void setUp() throws Exception {
        app = new ViewModelFixture(Files.createDirectories(dir.resolve("ledger")), "leader");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void eachItemIsOfferedOnlyToThoseAllowed() {
        OutputsViewModel leader = new OutputsViewModel(app.session, app.executor, app.dialogs);
        assertTrue(leader.monthlyReportOfferedProperty().get());
        assertTrue(leader.exportOfferedProperty().get());
        assertFalse(leader.handoverOfferedProperty().get());
        try (ViewModelFixture op = app.as("op1");
                ViewModelFixture manager = app.as("manager")) {
            OutputsViewModel operator = new OutputsViewModel(op.session, op.executor, op.dialogs);
            assertFalse(operator.monthlyReportOfferedProperty().get());
            assertFalse(operator.exportOfferedProperty().get());
            assertTrue(operator.importOfferedProperty().get());
            assertTrue(new OutputsViewModel(manager.session, manager.executor, manager.dialogs)
                    .handoverOfferedProperty()
                    .get());
        }
    }

    @Test
    void theMonthlyReportDefaultsToLastMonthAndIsWritten() {
        OutputsViewModel outputs = new OutputsViewModel(app.session, app.executor, app.dialogs);
        Path out = dir.resolve("report.xlsx");
        app.dialogs.monthlyReport = choice -> {
            assertEquals(YearMonth.from(app.session.today()).minusMonths(1), choice.month());
            assertTrue(choice.offersOperatorNames());
            choice.operatorNamesProperty().set(true);
            return true;
        };
        app.dialogs.saveFile = Optional.of(out);
        outputs.monthlyReport();
        assertEquals(
                "業務実績報告書_" + YearMonth.from(app.session.today()).minusMonths(1) + ".xlsx", app.dialogs.suggestedName);
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors::toString);
        assertTrue(Files.isRegularFile(out));
        assertEquals(1, app.dialogs.infos.size());
        assertTrue(app.dialogs.infos.get(0).contains(out.toString()));
    }

    @Test
    void aCancelledReportLeavesNoFile() {
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        OutputsViewModel outputs = new OutputsViewModel(app.session, deferred, app.dialogs);
        Path out = dir.resolve("cancelled.xlsx");
        app.dialogs.monthlyReport = choice -> true;
        app.dialogs.saveFile = Optional.of(out);
        app.dialogs.whileProgress = p -> {
            p.cancel();
            deferred.runAll();
        };
        outputs.monthlyReport();
        assertFalse(Files.exists(out));
        assertEquals("取り消しました(ファイルは作っていません)", app.dialogs.infos.get(0));
    }

    @Test
    void noFileChosenMeansNothingRuns() {
        OutputsViewModel outputs = new OutputsViewModel(app.session, app.executor, app.dialogs);
        app.dialogs.monthlyReport = choice -> true;
        outputs.monthlyReport();
        assertEquals(0, app.dialogs.progressShown);
        assertTrue(app.dialogs.infos.isEmpty());
    }

    @Test
    void theLedgerIsExportedToExcelAndACancelLeavesNoFile() {
        OutputsViewModel outputs = new OutputsViewModel(app.session, app.executor, app.dialogs);
        Path out = dir.resolve("export.xlsx");
        app.dialogs.saveFile = Optional.of(out);
        outputs.export();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors::toString);
        assertTrue(Files.isRegularFile(out));
        assertTrue(app.dialogs.suggestedName.endsWith(".xlsx"));

        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        Path cancelled = dir.resolve("export-cancelled.xlsx");
        app.dialogs.saveFile = Optional.of(cancelled);
        app.dialogs.whileProgress = p -> {
            p.cancel();
            deferred.runAll();
        };
        new OutputsViewModel(app.session, deferred, app.dialogs).export();
        assertFalse(Files.exists(cancelled));
        assertEquals("取り消しました(ファイルは作っていません)", app.dialogs.infos.get(1));
    }

    @Test
    void theManagerWritesTheHandoverBundleIntoTheChosenFolder() throws Exception {
        try (ViewModelFixture manager = app.as("manager")) {
            OutputsViewModel outputs = new OutputsViewModel(manager.session, manager.executor, manager.dialogs);
            Path bundle = Files.createDirectories(dir.resolve("handover"));
            manager.dialogs.folder = Optional.of(bundle);
            outputs.handover();
            assertTrue(manager.dialogs.errors.isEmpty(), manager.dialogs.errors::toString);
            assertTrue(Files.isRegularFile(bundle.resolve("ledger/shomu-ledger.db")));
            assertTrue(manager.dialogs.infos.get(0).contains(bundle.toString()));
        }
    }

    @Test
    void aCancelledHandoverLeavesTheFolderEmpty() throws Exception {
        try (ViewModelFixture manager = app.as("manager")) {
            DeferredTaskExecutor deferred = new DeferredTaskExecutor();
            OutputsViewModel outputs = new OutputsViewModel(manager.session, deferred, manager.dialogs);
            Path bundle = Files.createDirectories(dir.resolve("handover-cancelled"));
            manager.dialogs.folder = Optional.of(bundle);
            manager.dialogs.whileProgress = p -> {
                p.cancel();
                deferred.runAll();
            };
            outputs.handover();
            assertEquals("取り消しました(ファイルは作っていません)", manager.dialogs.infos.get(0));
            try (var files = Files.list(bundle)) {
                assertEquals(0, files.count());
            }
        }
    }

    @Test
    void cancellingDuringTheFirstHandoverStepInterruptsItAndLeavesNothing() throws Exception {
        try (ViewModelFixture manager = app.as("manager")) {
            DeferredTaskExecutor deferred = new DeferredTaskExecutor();
            OutputsViewModel outputs = new OutputsViewModel(manager.session, deferred, manager.dialogs);
            Path bundle = Files.createDirectories(dir.resolve("handover-mid-run"));
            manager.dialogs.folder = Optional.of(bundle);
            manager.dialogs.whileProgress = p -> {
                deferred.afterUpdate = p::cancel;
                deferred.runAll();
            };
            outputs.handover();
            assertEquals(List.of("取り消しました(ファイルは作っていません)"), manager.dialogs.infos, manager.dialogs.errors::toString);
            assertFalse(Thread.currentThread().isInterrupted());
            try (var files = Files.list(bundle);
                    var siblings = Files.list(dir)) {
                assertEquals(0, files.count());
                assertTrue(siblings.noneMatch(f -> f.getFileName().toString().contains(".partial-")));
            }
        }
    }
}
