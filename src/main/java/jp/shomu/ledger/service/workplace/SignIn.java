package jp.shomu.ledger.service.workplace;

import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Who is working: the OS login looked up in the ledger's roster. Someone not on it (or made inactive) is told whom
 * to ask — the active 業務責任者 and 管理責任者 — and may do nothing else.
 */
public final class SignIn {
    private SignIn() {}

    /**
     * @param user     the active roster entry of the login, if any
     * @param contacts the active leaders and managers, who can add someone to the roster
     * @param roster   everyone active on the roster (the sample ledger's demo switcher offers them)
     */
    public record Result(Optional<StaffMember> user, List<StaffMember> contacts, List<StaffMember> roster) {}

    public static Result of(LedgerContext ctx, String login) {
        List<StaffMember> active = ctx.ledger().read(StaffRepository::all).stream()
                .filter(StaffMember::active)
                .toList();
        Optional<StaffMember> user =
                active.stream().filter(s -> s.login().equalsIgnoreCase(login)).findFirst();
        user.ifPresent(ctx::requireAudited);
        List<StaffMember> contacts =
                active.stream().filter(s -> s.role().isLeaderOrAbove()).toList();
        return new Result(user, contacts, active);
    }
}
