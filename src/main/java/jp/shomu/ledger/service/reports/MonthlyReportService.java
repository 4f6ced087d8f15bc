package jp.shomu.ledger.service.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseStep;
import jp.shomu.ledger.domain.cases.FourEyes;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.kpi.CaseAlert;
import jp.shomu.ledger.domain.kpi.ErrorAnalysis;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.MonthlyFigures;
import jp.shomu.ledger.domain.kpi.SlaMeasures;
import jp.shomu.ledger.domain.kpi.Tally;
import jp.shomu.ledger.domain.kpi.TypeFigures;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.settings.SlaTargetService;
import jp.shomu.ledger.store.audit.AuditAnchors;
import jp.shomu.ledger.store.cases.AsOf;
import jp.shomu.ledger.store.cases.CaseStepQueries;
import jp.shomu.ledger.store.cases.MonthlyQueries;

/**
 * Computes the figures of the monthly 業務実績報告書・SLA報告 (docs/REPORTS.md): sums in SQL, one short read each,
 * then the cases open at month end one page at a time. The Excel file is written by the report layer from the result.
 */
public final class MonthlyReportService {
    private static final int STEPS = 7;
    private static final int PAGE = 500;

    private final LedgerContext ctx;

    public MonthlyReportService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The figures for {@code month} as they stood at its end (or today, for the running month), rebuilt from the
     * audit trail: the same whenever they are computed.
     *
     * @param operatorNames name the operators in the send-backs table (leaders and the manager only; the report
     *                      handed to the city is made without names)
     * @throws InvalidInputException for a month that has not begun
     * @throws CancelledException    when {@code progress} asks to stop
     */
    public MonthlyFigures figures(StaffMember viewer, YearMonth month, boolean operatorNames, ProgressSink progress) {
        Permissions.require(viewer, Action.MONTHLY_REPORT);
        if (operatorNames && !viewer.role().isLeaderOrAbove()) {
            throw new PermissionDeniedException("担当者名入りの月次報告を作成できるのは業務責任者と管理責任者です。");
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate today = ctx.today();
        if (first.isAfter(today)) {
            throw new InvalidInputException(month.getYear() + "年" + month.getMonthValue() + "月はまだ始まっていません");
        }
        LocalDate asOf = last.isAfter(today) ? today : last;
        Instant cut = AsOf.endOf(asOf);
        Catalog catalog = ctx.catalog();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        catalog.taskTypes().forEach(t -> tallies.put(t.code(), new Tally()));

        step(progress, 0, "受付・完了件数を集計中");
        for (var r : ctx.ledger().read(c -> MonthlyQueries.received(c, cut, first, last))) {
            tally(tallies, r.typeCode()).add(Figure.RECEIVED, r.count());
        }
        for (var r : ctx.ledger().read(c -> MonthlyQueries.completed(c, cut, first, last))) {
            int minutes = ctx.catalog(r.catalogVersion())
                    .taskType(r.typeCode())
                    .map(TaskType::standardMinutes)
                    .orElse(0);
            tally(tallies, r.typeCode())
                    .add(Figure.COMPLETED, r.completed())
                    .add(Figure.COMPLETED_WITH_DUE, r.withDue())
                    .add(Figure.ON_TIME, r.onTime())
                    .add(Figure.COMPLETED_LATE, r.late())
                    .add(Figure.COMPLETED_NO_DUE, r.completed() - r.withDue())
                    .add(Figure.COMPLETED_WITH_ERROR, r.withError())
                    .add(Figure.COMPLETED_MINUTES, r.minutes())
                    .add(Figure.STANDARD_MINUTES, r.completed() * minutes);
        }
        doubleChecked(tallies, cut, first, last);
        step(progress, 1, "取下げ・作業時間を集計中");
        for (var r : ctx.ledger().read(c -> MonthlyQueries.withdrawn(c, cut, first, last))) {
            tally(tallies, r.typeCode()).add(Figure.WITHDRAWN, r.count());
        }
        for (var r : ctx.ledger().read(c -> MonthlyQueries.minutesLogged(c, cut, first, last))) {
            tally(tallies, r.typeCode()).add(Figure.MINUTES_LOGGED, r.count());
        }
        step(progress, 2, "ダブルチェックの結果を集計中");
        for (var r : ctx.ledger().read(c -> MonthlyQueries.reviews(c, first, last))) {
            Tally t = tally(tallies, r.typeCode());
            switch (r.outcome()) {
                case APPROVED -> t.add(Figure.APPROVALS, r.count());
                case SENT_BACK -> t.add(Figure.SEND_BACKS, r.count());
                case POST_COMPLETION_ERROR ->
                    t.add(Figure.ERRORS_AFTER_COMPLETION, r.count()).add(Figure.ERROR_CASES, r.cases());
            }
        }
        step(progress, 3, "誤りの分類を集計中");
        ErrorAnalysis errors = new ErrorTally(ctx, operatorNames).analyse(first, last, catalog);
        step(progress, 4, "月末未完了の案件を確認中");
        List<CaseAlert> alerts = new MonthEndReview(ctx, first, last, asOf).run(tallies, progress);

        step(progress, 6, "SLA の達成状況を判定中");
        List<TypeFigures> types = new ArrayList<>();
        tallies.forEach((code, t) -> {
            TaskType type = catalog.taskType(code).orElse(null);
            types.add(new TypeFigures(
                    code,
                    type == null ? code : type.name(),
                    type == null ? "" : type.majorCode(),
                    type == null ? 0 : type.standardMinutes(),
                    t));
        });
        Tally totals = Tally.sum(tallies.values());
        SlaTargets targets = new SlaTargetService(ctx).inForce(viewer, month);
        step(progress, STEPS, "集計が終わりました");
        return new MonthlyFigures(
                month,
                asOf,
                ctx.ledger().clock().instant(),
                viewer.name(),
                types,
                totals,
                targets,
                SlaMeasures.evaluate(targets.items(), totals),
                errors,
                alerts,
                AuditAnchors.headAt(ctx.ledger(), asOf),
                LateCorrections.of(ctx, first, AsOf.endOf(first.minusDays(1)), cut));
    }

    /**
     * DOUBLE_CHECKED: each case completed in the month is judged by {@link FourEyes} on its history up to the cut —
     * was its last approval made by someone who did none of the maker's work since the approval before?
     */
    private void doubleChecked(Map<String, Tally> tallies, Instant cut, LocalDate first, LocalDate last) {
        long after = 0;
        while (true) {
            long from = after;
            List<MonthlyQueries.CompletedCase> page =
                    ctx.ledger().read(c -> MonthlyQueries.completedCases(c, cut, first, last, from, PAGE));
            Map<Long, List<CaseStep>> steps = ctx.ledger().read(c -> {
                Map<Long, List<CaseStep>> m = new java.util.HashMap<>();
                for (MonthlyQueries.CompletedCase cc : page) {
                    m.put(cc.id(), CaseStepQueries.steps(c, cc.id(), cut));
                }
                return m;
            });
            for (MonthlyQueries.CompletedCase cc : page) {
                TaskType type =
                        ctx.catalog(cc.catalogVersion()).taskType(cc.typeCode()).orElse(null);
                java.util.function.Predicate<String> checkerItem =
                        type == null ? id -> false : CaseWorkflow.checkerItems(type);
                if (FourEyes.lastApprovalBySecondPerson(steps.get(cc.id()), checkerItem)
                        .orElse(false)) {
                    tally(tallies, cc.typeCode()).add(Figure.DOUBLE_CHECKED, 1);
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static Tally tally(Map<String, Tally> tallies, String typeCode) {
        return tallies.computeIfAbsent(typeCode, k -> new Tally());
    }

    private static void step(ProgressSink progress, long done, String message) {
        progress.checkCancelled();
        progress.progress(done, STEPS, message);
    }
}
