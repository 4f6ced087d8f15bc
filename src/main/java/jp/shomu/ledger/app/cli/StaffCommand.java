package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.settings.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The roster: who may work in the ledger, and in which role. */
@Command(
        name = "staff",
        description = "職員名簿(一覧・登録・変更)",
        subcommands = {
            StaffCommand.ListStaff.class,
            StaffCommand.Add.class,
            StaffCommand.Change.class,
            PeopleCommands.Roster.class,
            PeopleCommands.Handlers.class,
            PeopleCommands.Terms.class,
            PeopleCommands.TrainingRecord.class,
            PeopleCommands.Badge.class
        })
final class StaffCommand {
    private StaffCommand() {}

    @Command(name = "list", description = "名簿の一覧(ログイン名<TAB>職員番号<TAB>氏名<TAB>役割<TAB>チーム)")
    static final class ListStaff extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (StaffMember s : new RosterService(ctx).all(me)) {
                out().println(s.login() + "\t" + s.employeeNo() + "\t" + s.name() + "\t"
                        + s.role().label() + "\t" + s.team() + (s.active() ? "" : "\t(無効)"));
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

    @Command(name = "set", description = "名簿の役割・チーム・有効/無効を変える(管理責任者のみ。" + "自分自身の役割と有効/無効は変えられません)")
    static final class Change extends CaseCommand.Acting {
        @Option(names = "--login", required = true)
        String login;

        @Option(names = "--expect-version", paramLabel = "N", description = "最後に見た版(省略時は今の版)")
        Long version;

        @Option(names = "--role", description = "担当者, 業務責任者, 管理責任者, 監査(省略時はそのまま)")
        String role;

        @Option(names = "--team", description = "省略時はそのまま")
        String team;

        @Option(
                names = "--active",
                arity = "1",
                paramLabel = "true|false",
                description = "false で利用停止(退職・異動のとき)。--active false と --active=false のどちらでも")
        Boolean active;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            RosterService roster = new RosterService(ctx);
            StaffMember target = roster.all(me).stream()
                    .filter(s -> s.login().equalsIgnoreCase(login))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("ログイン名「" + login + "」は名簿にありません"));
            long v = roster.update(
                    me,
                    target.login(),
                    version == null ? target.version() : version,
                    role == null ? target.role() : Role.parse(role),
                    team == null ? target.team() : team,
                    active == null ? target.active() : active);
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }
}
