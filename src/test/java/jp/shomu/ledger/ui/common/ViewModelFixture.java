package jp.shomu.ledger.ui.common;

import java.nio.file.Path;
import java.time.Duration;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.workplace.DraftStore;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.caseform.CaseFormViewModel;
import jp.shomu.ledger.ui.caseform.OpenCase;

/**
 * A workbench session for view model tests, with no window: its own connection to a fixture ledger (so the
 * fixture's saves are "another PC"), its own drafts folder, work run on the test's thread, scripted dialogs, and a
 * watcher polled by hand.
 */
public final class ViewModelFixture implements AutoCloseable {
    public final LedgerFixture ledger;
    private final boolean ownsLedger;
    public final LedgerContext ctx;
    public final LedgerWatcher watcher;
    public final DraftStore drafts;
    public final Session session;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final TaskExecutor executor = new CurrentThreadTaskExecutor();

    public ViewModelFixture(Path dir, String login) {
        this(dir, dir.resolve("drafts"), login);
    }

    /** A ledger in {@code ledgerFolder} (the share) and drafts in {@code draftsFolder} (this PC), kept apart. */
    public ViewModelFixture(Path ledgerFolder, Path draftsFolder, String login) {
        this(LedgerFixture.in(ledgerFolder), new DraftStore(draftsFolder), login, true);
    }

    private ViewModelFixture(LedgerFixture ledger, DraftStore drafts, String login, boolean ownsLedger) {
        this.ledger = ledger;
        this.ownsLedger = ownsLedger;
        this.drafts = drafts;
        ctx = LedgerContext.open(ledger.file, LedgerFixture.CLOCK);
        watcher = new LedgerWatcher(ctx, Duration.ofDays(1), Runnable::run);
        SignIn.Result signIn = SignIn.of(ctx, login);
        session = new Session(ctx, watcher, signIn.user().orElseThrow(), signIn.roster(), true, drafts);
        watcher.start();
    }

    /** Someone else working on the same ledger from another PC (with that PC's own drafts). */
    public ViewModelFixture as(String login) {
        return new ViewModelFixture(
                ledger, new DraftStore(drafts.folder().resolveSibling("drafts-" + login)), login, false);
    }

    public StaffMember me() {
        return session.user();
    }

    /** A form showing an existing case, as the main window opens it. */
    public CaseFormViewModel form(long caseId) {
        var d = session.cases().details(session.user(), caseId);
        CaseFormViewModel f = new CaseFormViewModel(new OpenCase(session, executor, dialogs, d.type()));
        f.show(d);
        return f;
    }

    /** A form for a new case of the type. */
    public CaseFormViewModel newForm(String typeCode) {
        return new CaseFormViewModel(new OpenCase(
                session, executor, dialogs, session.catalog().taskType(typeCode).orElseThrow()));
    }

    @Override
    public void close() {
        watcher.close();
        ctx.close();
        if (ownsLedger) {
            ledger.close();
        }
    }
}
