package jp.shomu.ledger.service.centre;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.SlaMeasure;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.SlaAgreementRepository;
import jp.shomu.ledger.store.centre.SlaAgreementRepository.Agreement;

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

    public Optional<Agreement> forYear(StaffMember actor, int fiscalYear) {
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
