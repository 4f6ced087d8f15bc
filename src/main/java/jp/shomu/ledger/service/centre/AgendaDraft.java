package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.reports.MonthlyReportService;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.centre.DeliverableRepository;
import jp.shomu.ledger.store.centre.ImprovementRepository;
import jp.shomu.ledger.store.centre.IncidentRepository;

/**
 * Drafts a monthly meeting's agenda from the ledger: the month's SLA misses, incidents, improvements under way,
 * cases on 保留 waiting for the city, and deliverables due before the next meeting. The manager edits it afterwards.
 */
final class AgendaDraft {
    private static final int MAX_LISTED = 10;

    private final LedgerContext ctx;

    AgendaDraft(LedgerContext ctx) {
        this.ctx = ctx;
    }

    String draft(StaffMember actor, YearMonth month, LocalDate meetingDay) {
        List<String> lines = new ArrayList<>();
        lines.add("1. " + Wareki.formatMonth(month) + "の業務実績・SLA 報告");
        if (Permissions.allows(actor, Action.MONTHLY_REPORT) && !month.isAfter(YearMonth.from(ctx.today()))) {
            MonthlyFigures f = new MonthlyReportService(ctx).figures(actor, month, false, ProgressSink.NONE);
            List<SlaResult> missed = f.sla().stream()
                    .filter(r -> r.verdict() == SlaResult.Verdict.NOT_MET)
                    .toList();
            lines.add(missed.isEmpty() ? "   SLA 未達: なし" : "   SLA 未達: " + missed.size() + "項目");
            missed.forEach(r -> lines.add("   ・" + r.item().name() + " " + r.actualText() + "(目標 "
                    + r.item().targetText() + ")"));
        }
        List<Incident> incidents = ctx.ledger()
                .read(c -> IncidentRepository.between(
                        c,
                        month.atDay(1).atStartOfDay(),
                        month.plusMonths(1).atDay(1).atStartOfDay()));
        lines.add("2. 危機管理事案: " + incidents.size() + "件");
        incidents.forEach(i -> lines.add(
                "   ・" + i.kind().label() + " " + i.summary() + "(" + i.status().label() + ")"));
        List<Improvement> improvements = ctx.ledger().read(ImprovementRepository::all).stream()
                .filter(i -> i.status() != ImprovementStatus.REJECTED && i.status() != ImprovementStatus.MEASURED)
                .toList();
        lines.add("3. 業務改善: " + improvements.size() + "件");
        improvements.forEach(
                i -> lines.add("   ・" + i.title() + "(" + i.status().label() + ")"));
        long onHold = ctx.ledger()
                .read(c -> Sql.queryOne(
                                c,
                                "SELECT COUNT(*) FROM pause WHERE kind = 'CITY_HOLD' AND ended_on IS NULL",
                                rs -> rs.getLong(1))
                        .orElse(0L));
        lines.add("4. 市の判断待ち(保留): " + onHold + "件");
        LocalDate until = meetingDay.plusMonths(1);
        List<Deliverable> due = ctx.ledger().read(c -> DeliverableRepository.owedUntil(c, until));
        lines.add("5. 次回までの提出物: " + due.size() + "件");
        due.stream()
                .limit(MAX_LISTED)
                .forEach(d -> lines.add("   ・" + d.name() + " " + d.period() + "(期日 " + Wareki.format(d.due()) + "、"
                        + d.state().label() + ")"));
        if (due.size() > MAX_LISTED) {
            lines.add("   ほか " + (due.size() - MAX_LISTED) + "件(提出物の一覧を参照)");
        }
        lines.add("6. その他");
        return String.join("\n", lines);
    }
}
