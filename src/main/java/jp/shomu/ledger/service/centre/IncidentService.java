package jp.shomu.ledger.service.centre;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.centre.IncidentRepository;

/**
 * Incidents (危機管理, spec §20): anyone working records one the moment it happens; the report to the city, the
 * handling, the cause and the 再発防止策 follow. A personal-information incident stays flagged on every leader's and
 * manager's screen until the city has been told (取扱仕様書 10).
 */
public final class IncidentService {
    private final LedgerContext ctx;

    public IncidentService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public long add(StaffMember actor, IncidentKind kind, LocalDateTime occurredAt, String summary, boolean personal) {
        Permissions.require(actor, Action.RECORD_INCIDENT);
        if (summary == null || summary.isBlank()) {
            throw new InvalidInputException("事案の概要を入力してください");
        }
        FieldInput.requireText("概要", summary);
        if (occurredAt.isAfter(LocalDateTime.now(ctx.clock()).plusMinutes(5))) {
            throw new InvalidInputException("発生日時が未来です: " + occurredAt);
        }
        return ctx.ledger()
                .write(actor.login(), tx -> IncidentRepository.add(tx, kind, occurredAt, summary.strip(), personal));
    }

    public Incident get(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger()
                .read(c -> IncidentRepository.byId(c, id))
                .orElseThrow(() -> new InvalidInputException("危機管理事案 " + id + " はありません"));
    }

    public List<Incident> all(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(IncidentRepository::all);
    }

    public List<Incident> inMonth(StaffMember actor, YearMonth month) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger()
                .read(c -> IncidentRepository.between(
                        c,
                        month.atDay(1).atStartOfDay(),
                        month.plusMonths(1).atDay(1).atStartOfDay()));
    }

    /** Personal-information incidents not yet reported to the city: what every leader's screen shows. */
    public List<Incident> flagged(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(IncidentRepository::flagged);
    }

    /** Records when the city was told; the delay since it occurred is kept and shown. */
    public Incident reportedToCity(StaffMember actor, long id, long expectedVersion, LocalDateTime at) {
        return save(actor, id, expectedVersion, i -> {
            if (at.isBefore(i.occurredAt())) {
                throw new InvalidInputException("市への報告日時が発生日時より前です");
            }
            return i.withHandling(at, i.actions(), i.recoveredAt(), i.cause(), i.prevention(), i.status(), i.impact());
        });
    }

    /** Saves the handling: impact, actions, recovery, cause, 再発防止策 and status. */
    public Incident saveHandling(
            StaffMember actor,
            long id,
            long expectedVersion,
            String impact,
            String actions,
            LocalDateTime recoveredAt,
            String cause,
            String prevention,
            IncidentStatus status) {
        for (String t : new String[] {impact, actions, cause, prevention}) {
            FieldInput.requireText("事案の記録", t == null ? "" : t);
        }
        return save(actor, id, expectedVersion, i -> {
            if (status == IncidentStatus.CLOSED && (prevention == null || prevention.isBlank())) {
                throw new InvalidInputException("完了にするには再発防止策を記録してください(仕様書 §20(4))");
            }
            if (status == IncidentStatus.CLOSED && i.flagged()) {
                throw new InvalidInputException("個人情報に関わる事案は、市への報告を記録してから完了にしてください");
            }
            return i.withHandling(
                    i.reportedAt(),
                    nz(actions),
                    recoveredAt,
                    nz(cause),
                    nz(prevention),
                    status == IncidentStatus.OPEN && recoveredAt != null ? IncidentStatus.RECOVERED : status,
                    nz(impact));
        });
    }

    /**
     * Records what the incident delayed: the task types (中区分 codes of the catalog) and the cases (ids that exist).
     * Replaces the lists saved before.
     */
    public Incident setImpact(
            StaffMember actor, long id, long expectedVersion, List<String> typeCodes, List<Long> caseIds) {
        List<String> codes = typeCodes.stream().map(String::strip).distinct().toList();
        for (String code : codes) {
            ctx.catalog().taskType(code).orElseThrow(() -> new InvalidInputException("中区分コードが分かりません: " + code));
        }
        List<Long> cases = caseIds.stream().distinct().toList();
        List<Long> unknown = ctx.ledger().read(c -> IncidentRepository.unknownCases(c, cases));
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("案件がありません: " + unknown);
        }
        return save(actor, id, expectedVersion, i -> i.withImpact(codes, cases));
    }

    private interface Change {
        Incident apply(Incident i);
    }

    private Incident save(StaffMember actor, long id, long expectedVersion, Change change) {
        Permissions.require(actor, Action.RECORD_INCIDENT);
        return ctx.ledger().write(actor.login(), tx -> {
            Incident now = IncidentRepository.byId(tx.connection(), id)
                    .orElseThrow(() -> new InvalidInputException("危機管理事案 " + id + " はありません"));
            Incident next = change.apply(now.withVersion(expectedVersion));
            IncidentRepository.save(tx, next);
            return IncidentRepository.byId(tx.connection(), id).orElseThrow();
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
