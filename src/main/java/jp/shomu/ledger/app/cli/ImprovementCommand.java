package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.centre.CentreDocuments;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.ImprovementService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Improvement proposals (業務改善報告書): record, move along, measure, print. */
@Command(
        name = "improvement",
        description = "業務改善提案(登録・一覧・状態・効果測定・報告書)",
        subcommands = {
            ImprovementCommand.Add.class,
            ImprovementCommand.ListAll.class,
            ImprovementCommand.Status.class,
            ImprovementCommand.Measure.class,
            ImprovementCommand.Report.class
        })
final class ImprovementCommand {
    private ImprovementCommand() {}

    @Command(name = "add", description = "改善提案を登録し、提案番号を表示する")
    static final class Add extends CaseCommand.Acting {
        @Option(names = "--title", required = true, paramLabel = "TEXT")
        String title;

        @Option(names = "--types", required = true, split = ",", paramLabel = "CODE[,CODE]", description = "対象の中区分コード")
        List<String> types = new ArrayList<>();

        @Option(names = "--minutes-per-year", paramLabel = "N", description = "期待効果(分/年)")
        Long minutesPerYear;

        @Option(names = "--minutes-per-case", paramLabel = "N", description = "1件あたり短縮できる分数(期待効果 = これ × 対象中区分の年間件数)")
        Integer minutesPerCase;

        @Option(names = "--detail", paramLabel = "TEXT", description = "内容")
        String detail;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(new ImprovementService(ctx).add(me, title, detail, types, minutesPerYear, minutesPerCase));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "改善提案の一覧(番号<TAB>提案日<TAB>状態<TAB>期待効果 分/年<TAB>測定効果 分/年<TAB>中区分<TAB>件名)")
    static final class ListAll extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (Improvement i : new ImprovementService(ctx).all(me)) {
                out().println(i.id() + "\t" + i.proposedOn() + "\t" + i.status().label() + "\t"
                        + i.expectedMinutesPerYear()
                        + "\t" + (i.measuredMinutesPerYear() == null ? "" : i.measuredMinutesPerYear()) + "\t"
                        + String.join(",", i.typeCodes()) + "\t" + i.title());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "status", description = "状態を進める: 協議中, 採用, 不採用, 実施(効果測定は measure で)")
    static final class Status extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "STATUS")
        String to;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            ImprovementService s = new ImprovementService(ctx);
            Improvement i = s.move(me, id, s.get(me, id).version(), ImprovementStatus.parse(to));
            out().println("改善提案 " + id + " を「" + i.status().label() + "」にしました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "measure", description = "実施した改善の効果(分/年)を記録する")
    static final class Measure extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--minutes-per-year", required = true, paramLabel = "N")
        long minutes;

        @Option(names = "--note", paramLabel = "TEXT", description = "測定の方法・期間")
        String note;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            ImprovementService s = new ImprovementService(ctx);
            s.measure(me, id, s.get(me, id).version(), minutes, note);
            out().println("改善提案 " + id + " の効果測定を記録しました");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "report", description = "業務改善報告書(Excel A4)を作成する")
    static final class Report extends CentreDocumentCommand {
        @Override
        void write(LedgerContext ctx, StaffMember me, long recordId, Path file) {
            CentreDocuments.improvementReport(ctx, me, recordId, file);
        }

        @Override
        String done(long recordId) {
            return "改善提案 " + recordId + " の業務改善報告書を作成しました";
        }
    }
}
