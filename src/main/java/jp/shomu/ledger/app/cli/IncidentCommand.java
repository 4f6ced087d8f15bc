package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.centre.CentreDocuments;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.IncidentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Incidents (危機管理, spec §20): record one, tell the city, record the handling, print the report. */
@Command(
        name = "incident",
        description = "危機管理事案(登録・一覧・市への報告・対応の記録・報告書)",
        subcommands = {
            IncidentCommand.Add.class,
            IncidentCommand.ListAll.class,
            IncidentCommand.Notify.class,
            IncidentCommand.Handle.class,
            IncidentCommand.Impact.class,
            IncidentCommand.Report.class
        })
final class IncidentCommand {
    private IncidentCommand() {}

    @Command(name = "add", description = "事案を登録し、事案番号を表示する")
    static final class Add extends CaseCommand.Acting {
        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                description = "種類: 災害, 施設の不具合, 機器故障, 回線異常, 事故, 停電, 従事者の出勤不能, 情報セキュリティ, 個人情報(または英名)")
        String kind;

        @Option(names = "--occurred", required = true, paramLabel = "DATETIME", description = "発生日時(2027-04-12T09:05)")
        String occurred;

        @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "概要")
        String summary;

        @Option(names = "--personal-info", description = "個人情報が関わる(種類が個人情報でなくても、市へ直ちに報告するまで警告する)")
        boolean personal;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            long id = new IncidentService(ctx)
                    .add(me, IncidentKind.parse(kind), CentreTimes.dateTime(occurred), summary, personal);
            out().println(id);
            return ExitCodes.DONE;
        }
    }

    @Command(name = "list", description = "事案の一覧、新しい順(番号<TAB>発生日時<TAB>種類<TAB>状態<TAB>市への報告<TAB>概要)")
    static final class ListAll extends CaseCommand.Acting {
        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            for (Incident i : new IncidentService(ctx).all(me)) {
                out().println(i.id() + "\t" + i.occurredAt() + "\t" + i.kind().label() + "\t"
                        + i.status().label() + "\t"
                        + (i.reportedAt() == null
                                ? (i.flagged() ? "未報告(個人情報: 直ちに報告)" : "未報告")
                                : i.reportedAt() + "("
                                        + Incident.formatDelay(i.reportDelay().orElseThrow()) + "後)")
                        + "\t" + i.summary());
            }
            return ExitCodes.DONE;
        }
    }

    @Command(name = "notify", description = "市へ報告した日時を記録する(発生からの時間が記録される)")
    static final class Notify extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--at", required = true, paramLabel = "DATETIME", description = "報告した日時")
        String at;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            IncidentService s = new IncidentService(ctx);
            Incident i = s.reportedToCity(me, id, s.get(me, id).version(), CentreTimes.dateTime(at));
            out().println("事案 " + id + " の市への報告を記録しました(発生から "
                    + Incident.formatDelay(i.reportDelay().orElseThrow()) + ")");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "handle", description = "影響・対応・復旧・原因・再発防止策・状態を記録する(指定した項目だけ変わる)")
    static final class Handle extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--impact", paramLabel = "TEXT")
        String impact;

        @Option(names = "--actions", paramLabel = "TEXT", description = "実施した対応")
        String actions;

        @Option(names = "--recovered", paramLabel = "DATETIME")
        String recovered;

        @Option(names = "--cause", paramLabel = "TEXT")
        String cause;

        @Option(names = "--prevention", paramLabel = "TEXT", description = "再発防止策")
        String prevention;

        @Option(names = "--status", paramLabel = "STATUS", description = "OPEN(対応中), RECOVERED(復旧済), CLOSED(完了)")
        IncidentStatus status;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            IncidentService s = new IncidentService(ctx);
            Incident i = s.get(me, id);
            Incident saved = s.saveHandling(
                    me,
                    id,
                    i.version(),
                    impact == null ? i.impact() : impact,
                    actions == null ? i.actions() : actions,
                    recovered == null ? i.recoveredAt() : CentreTimes.dateTime(recovered),
                    cause == null ? i.cause() : cause,
                    prevention == null ? i.prevention() : prevention,
                    status == null ? i.status() : status);
            out().println("事案 " + id + " を記録しました(" + saved.status().label() + ")");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "impact", description = "事案で遅れた業務(中区分コード)と案件(案件番号)を記録する(指定した一覧で置き換える)")
    static final class Impact extends CaseCommand.Acting {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Option(names = "--types", split = ",", paramLabel = "CODE,CODE", description = "遅れた業務の中区分コード")
        List<String> types;

        @Option(names = "--cases", split = ",", paramLabel = "ID,ID", description = "遅れた案件の番号")
        List<Long> cases;

        @Override
        Integer run(LedgerContext ctx, StaffMember me) {
            IncidentService s = new IncidentService(ctx);
            Incident i = s.get(me, id);
            Incident saved = s.setImpact(
                    me,
                    id,
                    i.version(),
                    types == null ? i.impactTypes() : types,
                    cases == null ? i.impactCases() : cases);
            out().println("事案 " + id + " の影響を記録しました(業務 " + saved.impactTypes().size() + "種類、案件 "
                    + saved.impactCases().size() + "件)");
            return ExitCodes.DONE;
        }
    }

    @Command(name = "report", description = "事案の報告書(仕様書 20(4)、Excel A4)を作成する")
    static final class Report extends CentreDocumentCommand {
        @Override
        void write(LedgerContext ctx, StaffMember me, long recordId, Path file) {
            CentreDocuments.incidentReport(ctx, me, recordId, file);
        }

        @Override
        String done(long recordId) {
            return "事案 " + recordId + " の報告書を作成しました";
        }
    }
}
