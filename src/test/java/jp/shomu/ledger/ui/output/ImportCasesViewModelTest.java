package jp.shomu.ledger.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 帳票 → 案件の取込み: the preview, 取込む only when every row is good, and nothing written otherwise. */
class ImportCasesViewModelTest {
    private static final String HEADER = "中区分,件名,受付日,依頼者(職員番号),手当種別,認定区分,対象職員,事実発生日,届出受理日,月額";
    private static final String GOOD = "2-2,扶養手当 見本,令和8年10月1日,９９００１２３４,扶養,新規,99001234,R8.9.20,2026/10/1,\"¥12,000\"";
    private static final String BAD = "2-2,見本2,令和8年10月1日,,家族,新規,99001234,R8.9.20,2026/10/1,12000";

    @TempDir
    Path dir;

    private ViewModelFixture app;
    private OutputsViewModel outputs;

    @BeforeEach
    void setUp() throws Exception {
        app = new ViewModelFixture(Files.createDirectories(dir.resolve("ledger")), "op1");
        outputs = new OutputsViewModel(app.session, app.executor, app.dialogs);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private Path csv(String... lines) throws Exception {
        Path f = dir.resolve("cases.csv");
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private long cases() {
        return app.ctx
                .ledger()
                .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)))
                .orElseThrow();
    }

    @Test
    void aGoodFileIsPreviewedThenImported() throws Exception {
        long before = cases();
        app.dialogs.openFile = Optional.of(csv(HEADER, GOOD, GOOD));
        app.dialogs.importMapping = names -> {
            assertEquals(ImportMapping.DEFAULT_NAME, names.get(0));
            return Optional.of(names.get(0));
        };
        app.dialogs.importPreview = vm -> {
            assertFalse(vm.hasProblems());
            assertTrue(vm.canImport());
            assertEquals(2, vm.preview().cases());
            assertEquals(2, vm.sample().size());
            assertEquals("扶養手当 見本", vm.sample().get(0).subject());
            assertEquals(Messages.format("import.preview.ok", "2"), vm.summary());
            return true;
        };
        outputs.importCases();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors::toString);
        assertEquals(before + 2, cases());
        assertEquals(List.of(Messages.format("import.done", "2")), app.dialogs.infos);
    }

    @Test
    void aBadRowIsListedWithItsRowAndNothingIsImported() throws Exception {
        long before = cases();
        app.dialogs.openFile = Optional.of(csv(HEADER, GOOD, BAD));
        app.dialogs.importPreview = vm -> {
            assertTrue(vm.hasProblems());
            assertFalse(vm.canImport());
            List<ImportProblem> problems = vm.problems();
            assertTrue(
                    problems.stream().anyMatch(p -> p.row() == 3 && p.column().equals("手当種別")), problems.toString());
            assertTrue(vm.summary().contains("何も取り込みません"), vm.summary());
            return true;
        };
        outputs.importCases();
        assertEquals(before, cases());
        assertTrue(app.dialogs.infos.isEmpty());
    }

    @Test
    void cancellingDuringTheImportLeavesNothing() throws Exception {
        long before = cases();
        DeferredTaskExecutor deferred = new DeferredTaskExecutor();
        outputs = new OutputsViewModel(app.session, deferred, app.dialogs);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(Collections.nCopies(600, GOOD));
        app.dialogs.openFile = Optional.of(csv(lines.toArray(String[]::new)));
        app.dialogs.importPreview = vm -> vm.canImport();
        app.dialogs.whileProgress = p -> {
            if (app.dialogs.progressShown == 2) {
                deferred.afterUpdate = p::cancel;
            }
            deferred.runAll();
        };
        outputs.importCases();
        assertEquals(before, cases());
        assertEquals(List.of(Messages.get("progress.cancelled")), app.dialogs.infos);
    }

    @Test
    void noFileChosenDoesNothing() {
        outputs.importCases();
        assertEquals(0, app.dialogs.progressShown);
        assertTrue(app.dialogs.infos.isEmpty());
    }
}
