package jp.shomu.ledger.ui.fx;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.stage.Stage;
import jp.shomu.ledger.app.cli.CliRunner;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** For screenshots: the workbench on a new sample ledger ({@code init --sample}) in {@code dir}, as a demo user. */
record SampleWorkbench(Stage stage, Workbench workbench) {
    static SampleWorkbench open(FxRobot robot, Path dir, Clock clock, String login) throws Exception {
        Path ledger = dir.resolve("sample-ledger.db");
        var init = new CliRunner("demo-admin", clock).run("init", "--ledger", ledger.toString(), "--sample");
        if (init.code() != 0) {
            throw new AssertionError(init.err());
        }
        FxToolkit.registerPrimaryStage();
        Stage stage = FxToolkit.registerStage(Stage::new);
        LedgerContext ctx = LedgerContext.open(ledger, clock);
        SignIn.Result signIn = SignIn.of(ctx, login);
        Workbench[] opened = new Workbench[1];
        robot.interact(() -> opened[0] = Workbench.open(
                stage,
                ctx,
                signIn.user().orElseThrow(),
                signIn.roster(),
                true,
                Duration.ofSeconds(5),
                new DraftStore(dir.resolve("drafts"))));
        return new SampleWorkbench(stage, opened[0]);
    }
}
