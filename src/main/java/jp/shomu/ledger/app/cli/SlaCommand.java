package jp.shomu.ledger.app.cli;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.settings.ChangeService;
import jp.shomu.ledger.service.settings.SlaTargetService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The SLA items and targets the monthly report judges against: show them, list the metrics, propose a new version
 * and approve another leader's proposal (the four-eyes rule of docs/SECURITY.md §3).
 */
@Command(
        name = "sla",
        description = "SLA の項目と目標値(表示・指標の一覧・変更の提案と承認)",
        subcommands = {
            SlaCommand.Show.class,
            SlaCommand.Metrics.class,
            SlaCommand.Propose.class,
            SlaCommand.Approve.class
        })
final class SlaCommand {
    private SlaCommand() {}

    @Command(name = "show", description = "ある月に適用される SLA の項目と目標値(指標<TAB>項目名<TAB>目標)")
    static final class Show extends CaseCommand.Acting {
        @Option(names = "--month", paramLabel = "YYYY-MM", description = "対象の月(省略時は今月)")
        String month;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            YearMonth m = month == null ? YearMonth.from(ctx.today()) : ReportCommand.month(month);
            SlaTargets t = new SlaTargetService(ctx).inForce(me, m);
            out().println(Wareki.formatMonth(m) + ": "
                    + (t.isDefault()
                            ? "既定値"
                            : "第" + t.version() + "版(" + Wareki.formatMonth(t.effectiveFrom()) + "から、" + t.createdBy()
                                    + ")"));
            for (SlaItem i : t.items()) {
                out().println(i.metric().name() + "\t" + i.name() + "\t" + i.targetText());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "metrics", description = "SLA の項目にできる指標と、その定義")
    static final class Metrics extends EnvCommand {

        @Override
        public Integer call() {
            for (SlaMetric m : SlaMetric.values()) {
                env.out()
                        .println(m.name() + "\t" + m.label() + "\t" + (m.isRate() ? "率(%)" : "件数") + "\t"
                                + m.definition());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "propose",
            description = "SLA の項目と目標値の新しい版を提案する(業務責任者・管理責任者)。"
                    + "別の業務責任者・管理責任者が承認するまで使われない。"
                    + "--item を必要なだけ並べる: 指標=目標[:項目名] 例: --item ON_TIME_RATE=100 --item 差戻し率=10:差戻し率(参考)")
    static final class Propose extends CaseCommand.Acting {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM", description = "この月の報告から適用する(先月以降)")
        String from;

        @Option(names = "--item", required = true, paramLabel = "METRIC=TARGET[:NAME]")
        List<String> items = new ArrayList<>();

        @Option(names = "--summary", paramLabel = "TEXT", description = "何をなぜ変えるか")
        String summary;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            List<SlaItem> parsed = new ArrayList<>();
            for (String spec : items) {
                int eq = spec.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidInputException("--item は 指標=目標[:項目名] の形で指定してください: " + spec);
                }
                String rest = spec.substring(eq + 1);
                int colon = rest.indexOf(':');
                String target = colon < 0 ? rest : rest.substring(0, colon);
                try {
                    parsed.add(new SlaItem(
                            SlaMetric.parse(spec.substring(0, eq)),
                            colon < 0 ? null : rest.substring(colon + 1),
                            new BigDecimal(target.strip().replace("%", ""))));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("目標値は数で指定してください: " + spec);
                }
            }
            long id = new SlaTargetService(ctx).propose(me, ReportCommand.month(from), parsed, summary);
            out().println("SLA 目標の変更を提案しました(提案番号 " + id + "、" + Wareki.formatMonth(ReportCommand.month(from))
                    + "から適用)。別の業務責任者・管理責任者が sla approve --id " + id + " で承認すると使われます。");
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "approve",
            description = "SLA 目標の変更提案を承認する(提案した本人以外の業務責任者・管理責任者)。" + "内容と違いは catalog review --id で確認できる")
    static final class Approve extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "N", description = "提案番号")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "承認のコメント")
        String note;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            ChangeService changes = new ChangeService(ctx);
            if (changes.review(me, id).proposal().kind() != ChangeKind.SLA_TARGETS) {
                throw new InvalidInputException("提案 " + id + " は SLA 目標の変更ではありません(catalog approve を使ってください)");
            }
            int v = changes.approve(me, id, note);
            out().println("SLA 目標の第" + v + "版を承認しました");
            return ExitCodes.DONE;
        }
    }
}
