package jp.shomu.ledger.service.centre;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.centre.ExpectedEffect;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.ImprovementRepository;

/**
 * Improvement proposals (業務改善報告書, spec §8(2)①カ, §14(3)キ): proposed with the task types concerned and the
 * expected effect, discussed with the city, adopted or not, carried out, and measured afterwards.
 */
public final class ImprovementService {
    private final LedgerContext ctx;

    public ImprovementService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Records a proposal. The expected effect is {@code minutesPerYear} when given, else {@code minutesSavedPerCase}
     * × the catalog's cases a year of the types (0 when neither is given).
     */
    public long add(
            StaffMember actor,
            String title,
            String detail,
            List<String> typeCodes,
            Long minutesPerYear,
            Integer minutesSavedPerCase) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("改善提案の件名を入力してください");
        }
        FieldInput.requireText("件名", title);
        FieldInput.requireText("内容", detail == null ? "" : detail);
        List<TaskType> types = types(typeCodes);
        if (minutesPerYear != null && minutesPerYear < 0 || minutesSavedPerCase != null && minutesSavedPerCase < 0) {
            throw new InvalidInputException("効果の分数は0以上で指定してください");
        }
        long expected = minutesPerYear != null
                ? minutesPerYear
                : minutesSavedPerCase == null ? 0 : ExpectedEffect.minutesPerYear(types, minutesSavedPerCase);
        List<String> codes = types.stream().map(TaskType::code).toList();
        return ctx.ledger()
                .write(
                        actor.login(),
                        tx -> ImprovementRepository.add(
                                tx, title.strip(), detail == null ? "" : detail.strip(), codes, expected));
    }

    /** Today's minutes a year on the proposal's types (standard minutes × cases a year), the base of the effect. */
    public long baseMinutesPerYear(Improvement i) {
        return ExpectedEffect.baseMinutesPerYear(types(i.typeCodes()));
    }

    public List<Improvement> all(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(ImprovementRepository::all);
    }

    public Improvement get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger()
                .read(c -> ImprovementRepository.byId(c, id))
                .orElseThrow(() -> new InvalidInputException("改善提案 " + id + " はありません"));
    }

    /** Moves it one step along 提案 → 協議中 → 採用 / 不採用 → 実施 → 効果測定. */
    public Improvement move(StaffMember actor, long id, long expectedVersion, ImprovementStatus next) {
        if (next == ImprovementStatus.MEASURED) {
            throw new InvalidInputException("効果測定は測定した効果(分/年)と一緒に記録してください");
        }
        return save(
                actor,
                id,
                expectedVersion,
                next.label(),
                i -> copy(i, i.status().moveTo(next), null, ""));
    }

    /** Records the effect measured after it was carried out. */
    public Improvement measure(StaffMember actor, long id, long expectedVersion, long minutesPerYear, String note) {
        FieldInput.requireText("測定の説明", note == null ? "" : note);
        return save(
                actor,
                id,
                expectedVersion,
                "効果測定",
                i -> copy(
                        i,
                        i.status().moveTo(ImprovementStatus.MEASURED),
                        minutesPerYear,
                        note == null ? "" : note.strip()));
    }

    private interface Change {
        Improvement apply(Improvement i);
    }

    private Improvement save(StaffMember actor, long id, long expectedVersion, String action, Change change) {
        Permissions.require(actor, Action.CENTRE_RECORDS);
        return ctx.ledger().write(actor.login(), tx -> {
            Improvement now = ImprovementRepository.byId(tx.connection(), id)
                    .orElseThrow(() -> new InvalidInputException("改善提案 " + id + " はありません"));
            Improvement next = change.apply(now);
            ImprovementRepository.save(
                    tx,
                    new Improvement(
                            next.id(),
                            next.title(),
                            next.detail(),
                            next.typeCodes(),
                            next.expectedMinutesPerYear(),
                            next.status(),
                            next.proposedOn(),
                            next.measuredMinutesPerYear(),
                            next.measuredNote(),
                            next.proposedBy(),
                            expectedVersion),
                    action);
            return ImprovementRepository.byId(tx.connection(), id).orElseThrow();
        });
    }

    private static Improvement copy(Improvement i, ImprovementStatus status, Long measured, String note) {
        return new Improvement(
                i.id(),
                i.title(),
                i.detail(),
                i.typeCodes(),
                i.expectedMinutesPerYear(),
                status,
                i.proposedOn(),
                measured == null ? i.measuredMinutesPerYear() : measured,
                measured == null ? i.measuredNote() : note,
                i.proposedBy(),
                i.version());
    }

    private List<TaskType> types(List<String> codes) {
        List<TaskType> types = new ArrayList<>();
        for (String code : codes) {
            types.add(ctx.catalog()
                    .taskType(code.strip())
                    .orElseThrow(() -> new InvalidInputException("中区分コードが分かりません: " + code)));
        }
        if (types.isEmpty()) {
            throw new InvalidInputException("改善の対象となる中区分を1つ以上指定してください");
        }
        return types;
    }
}
