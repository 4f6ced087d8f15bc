package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.SlaAgreement;
import jp.shomu.ledger.domain.centre.SlaAgreementItems;
import jp.shomu.ledger.domain.centre.SlaMeasure;
import jp.shomu.ledger.domain.sla.SlaResult;
import jp.shomu.ledger.domain.sla.SlaTargets;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.reports.MonthlyReportService;
import jp.shomu.ledger.service.settings.SlaTargetService;
import jp.shomu.ledger.store.centre.SlaAgreementRepository;

/**
 * The SLA as an agreement with the city (spec §15): per fiscal year the items and targets agreed, the date and the
 * city's approver; and, for a month that missed a target, the improvement measure taken (§15(2)).
 */
public final class SlaAgreementService {
    private final LedgerContext ctx;

    public SlaAgreementService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public long record(
            StaffMember actor, int fiscalYear, String items, LocalDate agreedOn, String cityApprover, String note) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (items == null || items.isBlank() || cityApprover == null || cityApprover.isBlank()) {
            throw new InvalidInputException("合意した項目と目標、市の承認者は必須です");
        }
        FieldInput.requireText("合意内容", items);
        FieldInput.requireText("承認者", cityApprover);
        if (ctx.ledger()
                .read(c -> SlaAgreementRepository.forYear(c, fiscalYear))
                .isPresent()) {
            throw new InvalidInputException(fiscalYear + "年度の SLA 合意はすでに記録されています");
        }
        return ctx.ledger()
                .write(
                        actor.login(),
                        tx -> SlaAgreementRepository.add(
                                tx,
                                fiscalYear,
                                items.strip(),
                                agreedOn.toString(),
                                cityApprover.strip(),
                                note == null ? "" : note.strip()));
    }

    /**
     * Agrees a fiscal year on the approved SLA targets (the {@code sla} settings): the versions in force in the year's
     * months become its items and targets, and which versions they were is kept, so a later approved change shows.
     */
    public long agreeOnTargets(
            StaffMember actor, int fiscalYear, LocalDate agreedOn, String cityApprover, String note) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        List<SlaTargets> versions = targetsOfYear(actor, fiscalYear);
        String items = SlaAgreementItems.text(versions);
        long id = record(actor, fiscalYear, items, agreedOn, cityApprover, note);
        ctx.ledger().write(actor.login(), tx -> {
            SlaAgreementRepository.addBasis(
                    tx, id, versions.stream().map(SlaTargets::version).toList());
            return null;
        });
        return id;
    }

    /** Every fiscal year's agreement, oldest first. */
    public List<SlaAgreement> all(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(SlaAgreementRepository::all);
    }

    /**
     * What changed in the approved targets since the agreement: empty when the year's versions are still the ones it
     * took, or when it was recorded by hand without them.
     */
    public Optional<String> changedSince(StaffMember actor, SlaAgreement agreement) {
        Optional<List<Integer>> taken = ctx.ledger().read(c -> SlaAgreementRepository.basis(c, agreement.id()));
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> now = targetsOfYear(actor, agreement.fiscalYear()).stream()
                .map(SlaTargets::version)
                .toList();
        return now.equals(taken.get())
                ? Optional.empty()
                : Optional.of("合意後に承認された SLA 目標が変わりました(合意時 " + SlaAgreementItems.versions(taken.get()) + " → 現在 "
                        + SlaAgreementItems.versions(now) + ")。市と合意し直してください。");
    }

    /** The SLA target versions in force in the fiscal year's months, in the order they apply. */
    private List<SlaTargets> targetsOfYear(StaffMember actor, int fiscalYear) {
        SlaTargetService targets = new SlaTargetService(ctx);
        List<SlaTargets> versions = new ArrayList<>();
        YearMonth first = YearMonth.from(new FiscalYear(fiscalYear).start());
        for (YearMonth m = first; m.isBefore(first.plusYears(1)); m = m.plusMonths(1)) {
            SlaTargets t = targets.inForce(actor, m);
            if (versions.isEmpty() || versions.get(versions.size() - 1).version() != t.version()) {
                versions.add(t);
            }
        }
        return versions;
    }

    /**
     * The months of the fiscal year, up to last month, that missed a target, each with the measures recorded
     * against that item and month (§15(2)).
     */
    public List<MissedTarget> missedTargets(StaffMember actor, int fiscalYear) {
        Permissions.require(actor, Action.MONTHLY_REPORT);
        List<MissedTarget> missed = new ArrayList<>();
        YearMonth first = YearMonth.from(new FiscalYear(fiscalYear).start());
        YearMonth last = YearMonth.from(ctx.today()).minusMonths(1);
        MonthlyReportService reports = new MonthlyReportService(ctx);
        for (YearMonth m = first; m.isBefore(first.plusYears(1)) && !m.isAfter(last); m = m.plusMonths(1)) {
            List<SlaMeasure> measures = measures(actor, m);
            for (SlaResult r :
                    reports.figures(actor, m, false, ProgressSink.NONE).sla()) {
                if (r.verdict() == SlaResult.Verdict.NOT_MET) {
                    String item = r.item().name();
                    missed.add(new MissedTarget(
                            m,
                            item,
                            r.actualText(),
                            r.item().targetText(),
                            measures.stream().filter(x -> x.item().equals(item)).toList()));
                }
            }
        }
        return missed;
    }

    /** A month that missed an agreed target, and the measures recorded against it. */
    public record MissedTarget(YearMonth month, String item, String actual, String target, List<SlaMeasure> measures) {}

    public Optional<SlaAgreement> forYear(StaffMember actor, int fiscalYear) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> SlaAgreementRepository.forYear(c, fiscalYear));
    }

    public long recordMeasure(StaffMember actor, YearMonth month, String item, String measure) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (item == null || item.isBlank() || measure == null || measure.isBlank()) {
            throw new InvalidInputException("未達の項目と改善策を入力してください");
        }
        FieldInput.requireText("改善策", measure);
        return ctx.ledger()
                .write(
                        actor.login(),
                        tx -> SlaAgreementRepository.addMeasure(tx, month.toString(), item.strip(), measure.strip()));
    }

    public List<SlaMeasure> measures(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> SlaAgreementRepository.measures(c, month.toString()));
    }
}
