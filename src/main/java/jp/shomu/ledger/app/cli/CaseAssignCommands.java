package jp.shomu.ledger.app.cli;

import java.util.Arrays;
import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.assignment.AssignmentService;
import jp.shomu.ledger.service.assignment.CoverPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code case assign} and {@code case reassign}: who works which case (issue #13's fixed contract). */
final class CaseAssignCommands {
    private CaseAssignCommands() {}

    @Command(name = "assign", description = "案件の担当者を決める。--expect-version が現在の版と違えば何も変えずに終了コード3")
    static final class Assign extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "LOGIN", description = "担当者のログイン名")
        String to;

        @Option(
                names = "--expect-version",
                required = true,
                paramLabel = "N",
                description = "最後に見た版(case show の version)")
        long version;

        @Option(names = "--reason", paramLabel = "TEXT", description = "理由(監査ログに残る)")
        String reason;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long v = new AssignmentService(ctx).assign(me, id, version, to, reason);
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "reassign",
            description =
                    "ある職員の未完了の案件を、ほかの職員へ標準処理時間(分)の少ない順に振り分ける(不在の引継ぎ)。"
                            + "出力: 案件番号<TAB>中区分<TAB>期限<TAB>元<TAB>先<TAB>標準分。続けて load<TAB>先<TAB>件数(前)<TAB>分(前)<TAB>件数(後)<TAB>分(後)")
    static final class Reassign extends CaseCommand.Acting {
        @Option(names = "--from", required = true, paramLabel = "LOGIN", description = "休む(担当を外す)職員")
        String from;

        @Option(names = "--to", required = true, paramLabel = "LOGIN[,LOGIN...]", description = "引き継ぐ職員(カンマ区切り)")
        String to;

        @Option(names = "--type", paramLabel = "CODE", description = "この中区分の案件だけ")
        String type;

        @Option(names = "--dry-run", description = "振り分けを表示するだけで、変更しない")
        boolean dryRun;

        @Option(names = "--reason", paramLabel = "TEXT", description = "理由(省略時は「不在の引継ぎ」)")
        String reason;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            AssignmentService service = new AssignmentService(ctx);
            List<String> targets = Arrays.stream(to.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            CoverPlan plan = service.planCover(me, from, targets, type);
            for (CoverPlan.Move m : plan.moves()) {
                out().println(m.caseId() + "\t" + m.typeCode() + "\t" + (m.dueOn() == null ? "" : m.dueOn()) + "\t"
                        + m.from().login() + "\t" + m.to().login() + "\t" + m.standardMinutes());
            }
            for (CoverPlan.Load l : plan.loads()) {
                out().println("load\t" + l.person().login() + "\t" + l.casesBefore() + "\t" + l.minutesBefore() + "\t"
                        + l.casesAfter() + "\t" + l.minutesAfter());
            }
            if (!dryRun && !plan.isEmpty()) {
                int n = service.apply(me, plan, reason);
                env.err().println(n + " 件の担当を変えました");
            }
            return ExitCodes.DONE;
        }
    }
}
