package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.centre.SlaMeasure;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.SlaAgreementService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The SLA as an agreement with the city (spec §15): per fiscal year, and the measures for a missed month. */
@Command(
        name = "sla-agreement",
        description = "SLA 合意書(年度ごとの合意内容・合意日・市の承認者)と、未達月の改善策(仕様書 15)",
        subcommands = {
            SlaAgreementCommand.Agree.class,
            SlaAgreementCommand.Record.class,
            SlaAgreementCommand.Show.class,
            SlaAgreementCommand.Measure.class
        })
final class SlaAgreementCommand {
    private SlaAgreementCommand() {}

    /** What every agreement names: the year, the day, the city's approver, a note. */
    abstract static class Agreeing extends CaseCommand.Acting {
        @Option(names = "--fiscal-year", required = true, paramLabel = "YYYY")
        int fiscalYear;

        @Option(names = "--agreed", required = true, paramLabel = "YYYY-MM-DD", description = "合意日")
        String agreed;

        @Option(names = "--approver", required = true, paramLabel = "TEXT", description = "市の承認者(職・氏名)")
        String approver;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        abstract long record(SlaAgreementService s, StaffMember me);

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            out().println(record(new SlaAgreementService(ctx), me));
            return ExitCodes.DONE;
        }
    }

    @Command(
            name = "agree",
            description = "年度の SLA 合意を、承認済みの SLA 目標(sla show)で記録する。どの版を合意したかも記録され、" + "後で目標が変わると show で分かる")
    static final class Agree extends Agreeing {
        @Override
        long record(SlaAgreementService s, StaffMember me) {
            return s.agreeOnTargets(me, fiscalYear, CentreTimes.date(agreed), approver, note);
        }
    }

    @Command(name = "record", description = "年度の SLA 合意を、合意内容を書いて記録する(承認済みの目標によらない場合)")
    static final class Record extends Agreeing {
        @Option(names = "--items", required = true, paramLabel = "TEXT", description = "合意した項目と目標(1行に1項目)")
        String items;

        @Override
        long record(SlaAgreementService s, StaffMember me) {
            return s.record(me, fiscalYear, items, CentreTimes.date(agreed), approver, note);
        }
    }

    @Command(name = "show", description = "年度の SLA 合意(合意日<TAB>市の承認者、続いて合意内容)")
    static final class Show extends CaseCommand.Acting {
        @Option(names = "--fiscal-year", required = true, paramLabel = "YYYY")
        int fiscalYear;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            SlaAgreementService s = new SlaAgreementService(ctx);
            var a = s.forYear(me, fiscalYear);
            if (a.isEmpty()) {
                out().println(fiscalYear + "年度の SLA 合意は記録されていません");
                return ExitCodes.DONE;
            }
            out().println(a.get().agreedOn() + "\t" + a.get().cityApprover());
            out().println(a.get().items());
            s.changedSince(me, a.get()).ifPresent(warning -> out().println("注意: " + warning));
            return ExitCodes.DONE;
        }
    }

    @Command(name = "measure", description = "SLA を達成できなかった月の改善策を記録する(--month だけなら一覧)")
    static final class Measure extends CaseCommand.Acting {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--item", paramLabel = "TEXT", description = "未達の項目")
        String item;

        @Option(names = "--measure", paramLabel = "TEXT", description = "改善策")
        String measure;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            SlaAgreementService s = new SlaAgreementService(ctx);
            if (item != null || measure != null) {
                out().println(s.recordMeasure(me, ReportCommand.month(month), item, measure));
                return ExitCodes.DONE;
            }
            for (SlaMeasure m : s.measures(me, ReportCommand.month(month))) {
                out().println(m.id() + "\t" + m.item() + "\t" + m.measure() + "\t" + m.recordedBy());
            }
            return ExitCodes.DONE;
        }
    }
}
