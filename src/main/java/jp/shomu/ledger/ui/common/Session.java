package jp.shomu.ledger.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseBoardService;
import jp.shomu.ledger.service.cases.CaseHistoryService;
import jp.shomu.ledger.service.cases.CaseLinkService;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.workplace.DraftStore;

/**
 * One person working in one open ledger: who they are, the roster, the services, the watcher that tells the screens
 * when the ledger changed, and the drafts kept on this PC when a save could not reach the ledger. On the sample
 * ledger ({@code demo}) the person may be switched to try every role.
 */
public final class Session {
    private final LedgerContext ctx;
    private final LedgerWatcher watcher;
    private final boolean demo;
    private final List<StaffMember> roster;
    private final ObjectProperty<StaffMember> user;
    private final CaseService cases;
    private final CaseLinkService links;
    private final CaseWorkflow workflow;
    private final CaseBoardService board;
    private final CaseHistoryService history;
    private final Catalog catalog;
    private final DraftStore drafts;

    public Session(
            LedgerContext ctx,
            LedgerWatcher watcher,
            StaffMember user,
            List<StaffMember> roster,
            boolean demo,
            DraftStore drafts) {
        this.ctx = ctx;
        this.watcher = watcher;
        this.demo = demo;
        this.roster = List.copyOf(roster);
        this.user = new SimpleObjectProperty<>(user);
        this.cases = new CaseService(ctx);
        this.links = new CaseLinkService(ctx);
        this.workflow = new CaseWorkflow(ctx);
        this.board = new CaseBoardService(ctx);
        this.history = new CaseHistoryService(ctx);
        this.catalog = ctx.catalog();
        this.drafts = drafts;
    }

    // Properties

    public ObjectProperty<StaffMember> userProperty() {
        return user;
    }

    public StaffMember user() {
        return user.get();
    }

    public boolean isDemo() {
        return demo;
    }

    public List<StaffMember> roster() {
        return roster;
    }

    public boolean can(Action action) {
        return user().active() && Permissions.allows(user().role(), action);
    }

    public String staffName(Long id) {
        if (id == null) {
            return "";
        }
        return roster.stream()
                .filter(s -> s.id() == id)
                .map(StaffMember::name)
                .findFirst()
                .orElse("#" + id);
    }

    public String staffNameByLogin(String login) {
        return roster.stream()
                .filter(s -> s.login().equalsIgnoreCase(login))
                .map(StaffMember::name)
                .findFirst()
                .orElse(login);
    }

    public Optional<StaffMember> staffByEmployeeNo(String employeeNo) {
        return roster.stream().filter(s -> s.employeeNo().equals(employeeNo)).findFirst();
    }

    // The ledger

    /** The open ledger, for the report and export writers that take it whole. */
    public LedgerContext context() {
        return ctx;
    }

    /** Where the ledger is, as the person reads it: the file's path or the server URL. */
    public String ledgerLocation() {
        return ctx.location().display();
    }

    /** The ledger's short name for the window title: the file's name, or the server URL. */
    public String ledgerTitle() {
        return ctx.location().shortName();
    }

    /** The catalog version current when the session began: the navigation and new cases use it. */
    public Catalog catalog() {
        return catalog;
    }

    /** A case's own catalog version (read once, then kept by the ledger context). */
    public Catalog catalog(int version) {
        return ctx.catalog(version);
    }

    public LocalDate today() {
        return ctx.today();
    }

    public Clock clock() {
        return ctx.clock();
    }

    public LedgerWatcher watcher() {
        return watcher;
    }

    public CaseService cases() {
        return cases;
    }

    public CaseLinkService links() {
        return links;
    }

    public CaseWorkflow workflow() {
        return workflow;
    }

    public CaseBoardService board() {
        return board;
    }

    public CaseHistoryService history() {
        return history;
    }

    /** Unsaved input kept on this PC, of every ledger this person used: filter by {@link #ledgerLocation()}. */
    public DraftStore drafts() {
        return drafts;
    }
}
