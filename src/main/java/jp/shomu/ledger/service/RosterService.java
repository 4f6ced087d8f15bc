package jp.shomu.ledger.service;

import java.util.List;

import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.StaffRepository;

/** Reading and keeping the roster. */
public final class RosterService {
    private final LedgerContext ctx;

    public RosterService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public List<StaffMember> all(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(StaffRepository::all);
    }

    public long add(StaffMember actor, String login, String employeeNo, String name, Role role, String team) {
        Permissions.require(actor, Action.MANAGE_ROSTER);
        if (login.isBlank() || name.isBlank() || !employeeNo.matches("\\d{5,10}")) {
            throw new InvalidInputException("ログイン名・氏名は必須、職員番号は5〜10桁の数字です");
        }
        return ctx.ledger().write(actor.login(), tx -> {
            if (StaffRepository.byLogin(tx.connection(), login).isPresent()) {
                throw new InvalidInputException("ログイン名「" + login + "」はすでに名簿にあります");
            }
            return StaffRepository.add(tx, login.strip(), employeeNo, name.strip(), role, team.strip());
        });
    }
}
