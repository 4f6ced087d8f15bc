package jp.shomu.ledger.ui.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseBoardService;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.ui.Workbench;
import jp.shomu.ledger.ui.main.CaseListViewModel;
import jp.shomu.ledger.ui.main.NavigationViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: measures the workbench's response times on a copy of the sample ledger in a real window and writes
 * them as Markdown to the file named by -Dshomu.measure (docs/PERFORMANCE.md quotes them).
 */
@EnabledIfSystemProperty(named = "shomu.measure", matches = ".+")
class ResponseTimeProbe extends FxRobot {
    @TempDir
    Path dir;

    private Workbench workbench;
    private Stage stage;

    @Test
    void measure() throws Exception {
        Path ledger = dir.resolve("sample-ledger.db");
        Files.copy(Path.of(System.getProperty("shomu.sampleLedger", "sample-data/sample-ledger.db")), ledger);
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        LedgerContext ctx = LedgerContext.open(ledger, Clock.systemDefaultZone());
        SignIn.Result signIn = SignIn.of(ctx, "demo-leader1");
        long firstList = shown(() -> workbench = Workbench.open(
                stage,
                ctx,
                signIn.user().orElseThrow(),
                signIn.roster(),
                true,
                Duration.ofSeconds(2),
                new DraftStore(dir.resolve("drafts"))));

        NavigationViewModel nav = workbench.viewModel().navigation();
        CaseListViewModel list = workbench.viewModel().list();
        List<NavigationViewModel.Entry> entries = new ArrayList<>(nav.roots().subList(0, 3));
        nav.roots().stream()
                .filter(r -> r.kind() == jp.shomu.ledger.ui.main.NavigationViewModel.Kind.MAJOR)
                .forEach(m -> entries.addAll(m.children()));
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (NavigationViewModel.Entry e : entries) {
                (round == 0 ? cold : warm)
                        .add(shown(() -> nav.selectedProperty().set(e)));
            }
        }

        interact(() -> nav.selectedProperty()
                .set(nav.roots().stream()
                        .filter(r -> r.kind() == jp.shomu.ledger.ui.main.NavigationViewModel.Kind.ALL)
                        .findFirst()
                        .orElseThrow()));
        settle();
        interact(() -> list.statusProperty()
                .set(list.statusChoices().get(list.statusChoices().size() - 1)));
        settle();
        int rows = list.rows().size();
        List<Long> filter = new ArrayList<>();
        String[] typed = {"旅", "旅費", "旅費支", "旅費支給", "旅費支給 見本", "旅費支給 見本1", "", "扶養", "扶養 仮名", ""};
        for (int round = 0; round < 5; round++) {
            for (String text : typed) {
                filter.add(shown(() -> list.searchProperty().set(text)));
            }
        }

        CaseBoardService board = new CaseBoardService(ctx);
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            board.board(signIn.user().orElseThrow());
            counts.add(ms(t));
        }

        List<Long> open = new ArrayList<>();
        var ids = list.rows().stream().limit(15).map(r -> r.id()).toList();
        for (long id : ids) {
            open.add(shown(() -> workbench.viewModel().open(id)));
            interact(() -> workbench.viewModel().forms().clear());
            settle();
        }

        String out = String.join(
                "\n",
                "| what | n | median ms | p90 ms | max ms |",
                "|---|---|---|---|---|",
                "| window open → first list and counts shown | 1 | " + firstList + " | | |",
                row("navigation → list shown, first time per entry", cold),
                row("navigation → list shown, again", warm),
                row("search box keystroke → list filtered (" + rows + " rows loaded)", filter),
                row("counts for the navigation (service call)", counts),
                row("open a case (details, form, history)", open),
                "");
        Files.writeString(Path.of(System.getProperty("shomu.measure")), out);
        interact(stage::close);
    }

    private static String row(String what, List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        Collections.sort(v);
        return "| " + what + " | " + v.size() + " | " + v.get(v.size() / 2) + " | " + v.get((int) (v.size() * 0.9))
                + " | " + v.get(v.size() - 1) + " |";
    }

    /**
     * Runs the action on the UI thread and returns the milliseconds until the screen shows its result: the workbench
     * has no background work left and the next frame has been laid out.
     */
    private long shown(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Platform.runLater(() -> {
            start[0] = System.nanoTime();
            action.run();
            whenIdle(() -> {
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    end[0] = System.nanoTime();
                    scene.removePostLayoutPulseListener(once[0]);
                    done.countDown();
                };
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            });
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not shown in time");
        }
        settle();
        return (end[0] - start[0]) / 1_000_000;
    }

    /** Calls {@code then} on the UI thread once no background work is left (after the hand-backs that ran). */
    private void whenIdle(Runnable then) {
        if (workbench.isIdle()) {
            Platform.runLater(() -> {
                if (workbench.isIdle()) {
                    then.run();
                } else {
                    whenIdle(then);
                }
            });
            return;
        }
        javafx.beans.value.ChangeListener<Boolean>[] l = new javafx.beans.value.ChangeListener[1];
        l[0] = (obs, was, busy) -> {
            if (!busy) {
                workbench.busyProperty().removeListener(l[0]);
                whenIdle(then);
            }
        };
        workbench.busyProperty().addListener(l[0]);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void settle() throws java.util.concurrent.TimeoutException {
        do {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, workbench::isIdle);
            WaitForAsyncUtils.waitForFxEvents();
        } while (!workbench.isIdle());
    }
}
