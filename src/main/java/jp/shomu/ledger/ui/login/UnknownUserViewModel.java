package jp.shomu.ledger.ui.login;

import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The screen for a login that is not on the ledger's roster: says so, names the people who can add it, and
 * nothing else opens. On the sample ledger it also offers to look around as one of the demo people.
 */
public final class UnknownUserViewModel {
    private final String login;
    private final String ledgerFile;
    private final SignIn.Result signIn;
    private final boolean demo;

    public UnknownUserViewModel(String login, String ledgerFile, SignIn.Result signIn, boolean demo) {
        this.login = login;
        this.ledgerFile = ledgerFile;
        this.signIn = signIn;
        this.demo = demo;
    }

    public String title() {
        return Messages.get("unknown.title");
    }

    public String message() {
        return Messages.format("unknown.message", login, ledgerFile);
    }

    /** "見本 一郎(業務責任者・人事・給与)", one line per person who can add the login to the roster. */
    public List<String> contacts() {
        return signIn.contacts().stream()
                .map(s -> Messages.format("unknown.contact", s.name(), s.role().label(), s.team()))
                .toList();
    }

    public boolean offersDemo() {
        return demo;
    }

    public List<StaffMember> demoPeople() {
        return demo ? signIn.roster() : List.of();
    }
}
