package jp.shomu.ledger.service.settings;

import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Reading and keeping the roster. Only an active manager keeps it, and nobody changes their own role or switches
 * themselves off: so nobody promotes themselves, and whoever acts stays an active manager — the roster can never be
 * left without one.
 */
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
        FieldInput.requireText("氏名", name);
        FieldInput.requireText("チーム", team);
        return ctx.ledger().write(actor.login(), tx -> {
            if (StaffRepository.byLogin(tx.connection(), login).isPresent()) {
                throw new InvalidInputException("ログイン名「" + login + "」はすでに名簿にあります");
            }
            return StaffRepository.add(tx, login.strip(), employeeNo, name.strip(), role, team.strip());
        });
    }

    /**
     * Changes a roster entry last read at {@code expectedVersion}: its role, team, and whether it may still work
     * (switching someone off is how access ends when they leave). Returns the new version.
     */
    public long update(StaffMember actor, String login, long expectedVersion, Role role, String team, boolean active) {
        Permissions.require(actor, Action.MANAGE_ROSTER);
        FieldInput.requireText("チーム", team);
        return ctx.ledger().write(actor.login(), tx -> {
            StaffMember target = StaffRepository.byLogin(tx.connection(), login)
                    .orElseThrow(() -> new InvalidInputException("ログイン名「" + login + "」は名簿にありません"));
            if (target.id() == actor.id() && (target.role() != role || !active)) {
                throw new PermissionDeniedException("自分自身の役割や有効・無効は変更できません。別の管理責任者に依頼してください。");
            }
            return StaffRepository.update(
                    tx, target.id(), expectedVersion, role, team == null ? "" : team.strip(), active);
        });
    }
}
