package jp.shomu.ledger.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.CaseSummary;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseLinkService;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Cases from the command line: register, show, change, list, and move them through the status flow. */
@Command(
        name = "case",
        description = "案件の登録・表示・変更・一覧・状態変更",
        subcommands = {
            CaseCommand.Add.class,
            CaseCommand.Show.class,
            CaseCommand.Set.class,
            CaseCommand.ListCases.class,
            CaseCommand.Transition.class,
            CaseCommand.Tick.class,
            CaseCommand.LogTime.class,
            CaseAssignCommands.Assign.class,
            CaseAssignCommands.Reassign.class,
            CaseLinkCommands.Link.class,
            CaseLinkCommands.FollowOn.class
        })
final class CaseCommand {
    private CaseCommand() {}

    static Map<String, String> fields(List<String> pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String p : pairs) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--field は KEY=VALUE の形で指定してください: " + p);
            }
            map.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        return map;
    }

    /** A command that acts on the ledger as the logged-in person. */
    abstract static class Acting extends BaseCommand {
        @Override
        public Integer call() {
            try (LedgerContext ctx = open()) {
                return run(ctx, ctx.whoIs(env.login()));
            }
        }

        abstract Integer run(LedgerContext ctx, StaffMember me);
    }

    @Command(name = "add", description = "案件を登録し、新しい案件番号を表示する")
    static final class Add extends Acting {
        @Option(names = "--type", required = true, paramLabel = "CODE", description = "中区分コード(例: 2-2)")
        String type;

        @Option(names = "--subject", required = true, paramLabel = "TEXT", description = "件名")
        String subject;

        @Option(names = "--field", paramLabel = "KEY=VALUE", description = "項目の値(キーまたは項目名)。繰り返し指定できます")
        List<String> fieldPairs = new ArrayList<>();

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new CaseService(ctx).create(me, type, subject, fields(fieldPairs)));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "show", description = "案件の内容(key=value の行。version=N を含む)")
    static final class Show extends Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            CaseText.print(new CaseService(ctx).details(me, id), new CaseLinkService(ctx).links(me, id), out());
            return ExitCodes.DONE;
        }
    }

    @Command(name = "set", description = "案件の件名・項目を変更する。--expect-version が現在の版と違えば何も変えずに終了コード3")
    static final class Set extends Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(
                names = "--expect-version",
                required = true,
                paramLabel = "N",
                description = "最後に見た版(case show の version)")
        long version;

        @Option(names = "--subject", paramLabel = "TEXT")
        String subject;

        @Option(names = "--field", paramLabel = "KEY=VALUE", description = "空の値(KEY=)で項目を消す")
        List<String> fieldPairs = new ArrayList<>();

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long v = new CaseService(ctx).update(me, id, version, subject, fields(fieldPairs));
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "案件の一覧(番号<TAB>中区分<TAB>状態<TAB>期限<TAB>担当<TAB>版<TAB>件名)")
    static final class ListCases extends Acting {
        @Option(names = "--type", paramLabel = "CODE")
        String type;

        @Option(names = "--status", paramLabel = "STATUS", description = "状態(受付、処理中 … または RECEIVED など)")
        String status;

        @Option(names = "--search", paramLabel = "TEXT", description = "件名・項目の一部(3文字以上は索引で、1〜2文字は全件から探す)")
        String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100000")
        int limit;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            CaseQuery q = new CaseQuery(
                    type,
                    status == null ? java.util.Set.of() : java.util.Set.of(CaseStatus.parse(status)),
                    null,
                    null,
                    null,
                    search,
                    limit);
            for (CaseSummary s : new CaseService(ctx).list(me, q)) {
                out().println(s.id() + "\t" + s.typeCode() + "\t" + s.status().label() + "\t"
                        + (s.dueOn() == null ? "" : s.dueOn()) + "\t"
                        + (s.assigneeName() == null ? "" : s.assigneeName())
                        + "\t" + s.version() + "\t" + s.subject());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "do",
            description = "状態を変える: start(処理開始) submit(確認依頼) approve(承認) send-back(差戻し) "
                    + "inquire(不備照会) hold(保留) resume(再開) complete(完了) withdraw(取下げ) reopen(完了後の誤りで再開)")
    static final class Transition extends Acting {
        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ACTION")
        String action;

        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--expect-version", required = true, paramLabel = "N")
        long version;

        @Option(names = "--comment", paramLabel = "TEXT", description = "コメント・理由・回答")
        String comment;

        @Option(names = "--to", paramLabel = "TEXT", description = "保留の回付先")
        String addressee;

        @Option(names = "--error", paramLabel = "CATEGORY", description = "誤りの分類(差戻し・再開)。繰り返し指定できます")
        List<String> errors = new ArrayList<>();

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            CaseWorkflow wf = new CaseWorkflow(ctx);
            long v = switch (action) {
                case "start" -> wf.start(me, id, version);
                case "submit" -> wf.submitForCheck(me, id, version);
                case "approve" -> wf.approve(me, id, version, comment);
                case "send-back" -> wf.sendBack(me, id, version, errors, comment);
                case "inquire" -> wf.pause(me, id, version, PauseKind.REQUESTER, comment, addressee);
                case "hold" -> wf.pause(me, id, version, PauseKind.CITY_HOLD, comment, addressee);
                case "resume" -> wf.resume(me, id, version, comment);
                case "complete" -> wf.complete(me, id, version);
                case "withdraw" -> wf.withdraw(me, id, version, comment);
                case "reopen" -> wf.reopenWithError(me, id, version, errors, comment);
                default -> throw new InvalidInputException("操作「" + action + "」はありません");
            };
            out().println("version=" + v);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "tick", description = "チェックリストの項目をチェックする(--undo で取消)")
    static final class Tick extends Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--item", required = true, paramLabel = "ITEM", description = "項目ID(c1, c2 …)")
        String item;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Option(names = "--undo")
        boolean undo;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            if (undo) {
                new CaseWorkflow(ctx).untick(me, id, item);
            } else {
                new CaseWorkflow(ctx).tick(me, id, item, note);
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "time", description = "作業時間(分)を記録する")
    static final class LogTime extends Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--minutes", required = true, paramLabel = "N")
        int minutes;

        @Option(names = "--date", paramLabel = "DATE", description = "作業日(省略時は今日)")
        String date;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            LocalDate day = date == null ? ctx.today() : Wareki.parse(date);
            new CaseWorkflow(ctx).logTime(me, id, day, minutes);
            return ExitCodes.DONE;
        }
    }
}
