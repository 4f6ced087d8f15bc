package jp.shomu.ledger.ui.location;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.service.workplace.LedgerLocation;
import jp.shomu.ledger.service.workplace.NewLedger;
import jp.shomu.ledger.service.workplace.UserSettings;
import jp.shomu.ledger.testing.ScratchDatabase;
import jp.shomu.ledger.ui.common.CurrentThreadTaskExecutor;
import jp.shomu.ledger.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerLocationViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final Clock clock = Clock.systemDefaultZone();
    private LedgerLocation location;
    private LedgerLocationViewModel vm;

    @BeforeEach
    void setUp() {
        location = new LedgerLocation(new UserSettings(dir.resolve("settings.properties")));
        vm = new LedgerLocationViewModel(
                new LedgerLocationViewModel.Context(
                        location, dialogs, new CurrentThreadTaskExecutor(), "kanri01", clock, Duration.ofSeconds(5)),
                where -> opened.add(where.requireFile("test")));
    }

    @Test
    void missingFileSaysSoAndOffersNewLedgerWithoutCreatingIt() {
        Path ledger = dir.resolve("ledger.db");
        vm.pathTextProperty().set(ledger.toString());
        vm.open();
        assertTrue(vm.messageProperty().get().contains("台帳ファイルがありません"));
        assertTrue(vm.newLedgerOfferedProperty().get());
        assertFalse(vm.retryOfferedProperty().get());
        assertFalse(Files.exists(ledger));
        assertTrue(opened.isEmpty());
        assertEquals(Optional.empty(), location.recall());
    }

    @Test
    void unreachableFolderOffersRetryAndCreatesNothing() {
        Path ledger = dir.resolve("no-such-server").resolve("shomu").resolve("ledger.db");
        vm.pathTextProperty().set(ledger.toString());
        vm.open();
        assertTrue(vm.messageProperty().get().contains("届きません"));
        assertTrue(vm.retryOfferedProperty().get());
        assertFalse(vm.newLedgerOfferedProperty().get());
        vm.createNew();
        vm.retry();
        assertTrue(vm.retryOfferedProperty().get());
        assertEquals(0, dialogs.confirmations);
        assertFalse(Files.exists(dir.resolve("no-such-server")));
        assertTrue(opened.isEmpty());
    }

    @Test
    void usableLedgerIsRememberedAndOpened() {
        Path ledger = NewLedger.create(dir.resolve("ledger.db"), "kanri01", clock);
        dialogs.ledgerFile = Optional.of(ledger);
        vm.browse();
        assertEquals(List.of(ledger.toAbsolutePath()), opened);
        assertEquals(Optional.of(ledger.toAbsolutePath().toString()), location.recall());
    }

    @Test
    void aServerDatabaseIsCheckedOfferedForANewLedgerWhenEmptyAndThenRemembered() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            List<jp.shomu.ledger.domain.ledger.LedgerLocation> servers = new ArrayList<>();
            LedgerLocationViewModel serverVm = new LedgerLocationViewModel(
                    new LedgerLocationViewModel.Context(
                            location,
                            dialogs,
                            new CurrentThreadTaskExecutor(),
                            "kanri01",
                            clock,
                            Duration.ofSeconds(5)),
                    servers::add);
            String url = db.location().display();
            serverVm.pathTextProperty().set(url);
            serverVm.open();
            assertTrue(
                    serverVm.messageProperty().get().contains("まだ台帳がありません"),
                    serverVm.messageProperty().get());
            assertTrue(serverVm.newLedgerOfferedProperty().get(), "an empty database may receive a new ledger");
            dialogs.confirmAnswer = true;
            serverVm.createNew();
            assertEquals(List.of(db.location()), servers);
            assertEquals(Optional.of(url), location.recall());
            assertTrue(LedgerLocationViewModel.check(url, Duration.ofSeconds(5)).usable());
        }
    }

    @Test
    void newLedgerOnlyAfterConfirmation() {
        Path ledger = dir.resolve("ledger.db");
        vm.pathTextProperty().set(ledger.toString());
        vm.open();
        dialogs.confirmAnswer = false;
        vm.createNew();
        assertEquals(1, dialogs.confirmations);
        assertFalse(Files.exists(ledger));
        assertTrue(opened.isEmpty());

        dialogs.confirmAnswer = true;
        vm.createNew();
        assertTrue(Files.exists(ledger));
        assertEquals(1, opened.size());
        assertEquals(Optional.of(opened.get(0).toString()), location.recall());
        assertTrue(LedgerLocation.check(ledger).usable());
    }

    @Test
    void nothingTypedIsReportedNotThrown() {
        vm.open();
        assertFalse(vm.messageProperty().get().isEmpty());
        assertFalse(vm.newLedgerOfferedProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void rememberedLedgerThatIsGoneIsExplainedAndNewLedgerOffered() {
        Path gone = dir.resolve("ledger.db");
        location.remember(gone);
        String typed = location.recall().orElseThrow().toString();
        vm.showCheck(typed, LedgerLocationViewModel.check(typed, Duration.ofSeconds(5)));
        assertEquals(typed, vm.pathTextProperty().get());
        assertTrue(vm.messageProperty().get().contains("台帳ファイルがありません"));
        assertTrue(vm.newLedgerOfferedProperty().get());
        assertFalse(Files.exists(gone));
    }

    @Test
    void failureToOpenOffersRetry() {
        vm.showFailure(
                dir.resolve("ledger.db").toString(), new java.io.UncheckedIOException(new java.io.IOException("x")));
        assertFalse(vm.messageProperty().get().isEmpty());
        assertTrue(vm.retryOfferedProperty().get());
        assertTrue(opened.isEmpty());
    }
}
