package jp.shomu.ledger.service.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CasePause;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.catalog.SlaKind;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.kpi.CaseAlert;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.domain.kpi.Tally;
import jp.shomu.ledger.domain.sla.SlaDates;
import jp.shomu.ledger.domain.sla.SlaState;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.cases.SlaPlanner;
import jp.shomu.ledger.store.cases.AsOf;
import jp.shomu.ledger.store.cases.MonthEndQueries;
import jp.shomu.ledger.store.cases.MonthEndQueries.CaseWithPauses;

/**
 * Looks at each case open at month end as it stood that day — its due date worked out with only the pauses begun by
 * then, a pause still running then counted up to that day — and at each case completed late in the month, and
 * lists those the 期限超過・審査未了一覧 shows.
 */
final class MonthEndReview {
    private static final int PAGE = 500;

    private final LedgerContext ctx;
    private final BusinessCalendar calendar;
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate asOf;
    private final Instant cut;
    private final List<CaseAlert> alerts = new ArrayList<>();

    MonthEndReview(LedgerContext ctx, LocalDate first, LocalDate last, LocalDate asOf) {
        this.ctx = ctx;
        this.calendar = ctx.calendar();
        this.first = first;
        this.last = last;
        this.asOf = asOf;
        this.cut = AsOf.endOf(asOf);
    }

    /** Adds OPEN_AT_MONTH_END, OPEN_OVERDUE and OPEN_NO_DUE to the tallies and returns the listed cases, most serious first. */
    List<CaseAlert> run(Map<String, Tally> tallies, ProgressSink progress) {
        long total = ctx.ledger().read(c -> MonthEndQueries.countOpenAt(c, cut, asOf));
        long done = 0;
        long after = 0;
        while (true) {
            progress.checkCancelled();
            long from = after;
            List<CaseWithPauses> page = ctx.ledger().read(c -> MonthEndQueries.openAt(c, cut, asOf, from, PAGE));
            for (CaseWithPauses cp : page) {
                Tally t = tallies.computeIfAbsent(cp.caseFile().typeCode(), k -> new Tally());
                t.add(Figure.OPEN_AT_MONTH_END, 1);
                open(cp).ifPresent(a -> {
                    alerts.add(a);
                    if (a.kind() == CaseAlert.Kind.OVERDUE_OPEN) {
                        t.add(Figure.OPEN_OVERDUE, 1);
                    } else if (a.kind() == CaseAlert.Kind.NO_DUE_DATE) {
                        t.add(Figure.OPEN_NO_DUE, 1);
                    }
                });
            }
            done += page.size();
            progress.progress(done, total, "月末未完了の案件を確認中");
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).caseFile().id();
        }
        lateDone();
        alerts.sort(Comparator.comparing(CaseAlert::kind)
                .thenComparing(CaseAlert::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(CaseAlert::caseId));
        return alerts;
    }

    private void lateDone() {
        long after = 0;
        while (true) {
            long from = after;
            List<CaseWithPauses> page =
                    ctx.ledger().read(c -> MonthEndQueries.completedLate(c, cut, first, last, from, PAGE));
            for (CaseWithPauses cp : page) {
                CaseFile c = cp.caseFile();
                LocalDate done = c.centreDoneOn() != null ? c.centreDoneOn() : c.completedOn();
                int over = calendar.countBusinessDays(c.dueOn(), done);
                alerts.add(alert(
                        cp,
                        c,
                        CaseAlert.Kind.LATE_DONE,
                        over,
                        "処理期限 " + md(c.dueOn()) + " に対し " + md(done) + " に承認(" + over + "営業日超過)"
                                + pauseNote(cp.pauses())));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).caseFile().id();
        }
    }

    private Optional<CaseAlert> open(CaseWithPauses cp) {
        CaseFile c = cp.caseFile();
        if (c.centreDoneOn() != null && !c.centreDoneOn().isAfter(asOf)) {
            boolean late = c.dueOn() != null && c.centreDoneOn().isAfter(c.dueOn());
            return Optional.of(alert(
                    cp,
                    c,
                    CaseAlert.Kind.CITY_APPROVAL,
                    0,
                    "センター処理は " + md(c.centreDoneOn()) + " に承認済" + (late ? "(期限超過)" : "(期限内)") + "。市の決裁待ち"));
        }
        TaskType type = ctx.catalog(c.catalogVersion()).taskType(c.typeCode()).orElseThrow();
        List<CasePause> pauses = asOfMonthEnd(cp.pauses());
        SlaPlanner.Plan plan = SlaPlanner.plan(calendar, type, c, pauses, asOf);
        if (plan.dueOn() == null) {
            String field = type.sla().kind() == SlaKind.BEFORE_DEADLINE
                    ? type.field(type.sla().deadlineField())
                            .map(f -> "「" + f.label() + "」")
                            .orElse("")
                    : "";
            return Optional.of(alert(cp, c, CaseAlert.Kind.NO_DUE_DATE, 0, "締切日" + field + "が未入力のため処理期限を計算できません"));
        }
        boolean paused = pauses.stream().anyMatch(p -> p.endedOn() == null);
        SlaState state = SlaState.classify(new SlaDates(plan.dueOn(), plan.warnOn()), asOf, paused, null);
        CaseFile dated = c.withDates(plan.receivedOn(), plan.startOn(), plan.dueOn(), plan.warnOn());
        if (state == SlaState.OVERDUE) {
            int over = calendar.countBusinessDays(plan.dueOn(), asOf);
            return Optional.of(alert(
                    cp,
                    dated,
                    CaseAlert.Kind.OVERDUE_OPEN,
                    over,
                    "処理期限 " + md(plan.dueOn()) + " を" + md(asOf) + "時点で" + over + "営業日超過" + pauseNote(pauses)));
        }
        if (state == SlaState.WARNING) {
            int left = calendar.countBusinessDays(asOf, plan.dueOn());
            return Optional.of(
                    alert(cp, dated, CaseAlert.Kind.AT_RISK, 0, "処理期限 " + md(plan.dueOn()) + " まで残り" + left + "営業日"));
        }
        if (c.status() == CaseStatus.AWAITING_CHECK) {
            return Optional.of(
                    alert(cp, dated, CaseAlert.Kind.AWAITING_CHECK, 0, "ダブルチェック待ち(処理期限 " + md(plan.dueOn()) + ")"));
        }
        return Optional.empty();
    }

    /** The pauses as they stood at month end: later ones left out, one ended later still running. */
    private List<CasePause> asOfMonthEnd(List<CasePause> pauses) {
        return pauses.stream()
                .filter(p -> !p.startedOn().isAfter(asOf))
                .map(p -> p.endedOn() != null && p.endedOn().isAfter(asOf)
                        ? new CasePause(
                                p.id(),
                                p.caseId(),
                                p.kind(),
                                p.reason(),
                                p.addressee(),
                                p.startedOn(),
                                null,
                                "",
                                p.startedBy(),
                                null)
                        : p)
                .toList();
    }

    private String pauseNote(List<CasePause> pauses) {
        return pauses.stream()
                .filter(p -> p.endedOn() == null)
                .reduce((a, b) -> b)
                .map(p -> "。" + p.kind().label() + "中(" + md(p.startedOn()) + "から、" + p.reason()
                        + (p.addressee().isEmpty() ? "" : "、回付先: " + p.addressee()) + ")")
                .orElse("");
    }

    private CaseAlert alert(CaseWithPauses cp, CaseFile c, CaseAlert.Kind kind, int over, String reason) {
        String typeName = ctx.catalog(c.catalogVersion())
                .taskType(c.typeCode())
                .map(TaskType::name)
                .orElse(c.typeCode());
        return new CaseAlert(
                c.id(),
                c.typeCode(),
                typeName,
                c.subject(),
                kind,
                situation(cp),
                c.receivedOn(),
                c.dueOn(),
                c.centreDoneOn(),
                over,
                reason);
    }

    /** Where the case stands when the report is made, in words; a case closed since month end says when. */
    private static String situation(CaseWithPauses cp) {
        return switch (cp.nowStatus()) {
            case DONE -> "完了(" + md(cp.nowCompletedOn()) + ")";
            case WITHDRAWN -> "取下げ";
            default -> cp.nowStatus().label();
        };
    }

    private static String md(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
