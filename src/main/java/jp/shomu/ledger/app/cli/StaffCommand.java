package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The roster: who may work in the ledger, and in which role. */
@Command(name = "staff", description = "職員名簿(一覧・登録)", subcommands = {StaffCommand.ListStaff.class, StaffCommand.Add.class})
final class StaffCommand {
    private StaffCommand() {
    }

    @Command(name = "list", description = "名簿の一覧(ログイン名<TAB>職員番号<TAB>氏名<TAB>役割<TAB>チーム)")
    static final class ListStaff extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (StaffMember s : new RosterService(ctx).all(me)) {
                out().println(s.login() + "\t" + s.employeeNo() + "\t" + s.name() + "\t" + s.role().label() + "\t" + s.team()
                        + (s.active() ? "" : "\t(無効)"));
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "add", description = "名簿に登録する(管理責任者のみ)")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--login", required = true, description = "Windows のログイン名")
        String login;
        @Option(names = "--employee-no", required = true)
        String employeeNo;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--role", required = true, description = "担当者, 業務責任者, 管理責任者, 監査")
        String role;
        @Option(names = "--team", defaultValue = "")
        String team;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long id = new RosterService(ctx).add(me, login, employeeNo, name, Role.parse(role), team);
            out().println(id);
            return ExitCodes.DONE;
        }
    }
}
