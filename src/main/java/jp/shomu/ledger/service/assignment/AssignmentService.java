package jp.shomu.ledger.service.assignment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.desk.DeskQueries;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Who works which case: a leader assigns or reassigns, and covers an absence by spreading a person's open cases
 * over others by their open work (standard minutes from the catalog). An operator may only take an unassigned
 * case. Every move is audited twice: the case's row before and after, and an {@code assignment} entry saying from
 * whom, to whom and why (the audit row says by whom).
 */
public final class AssignmentService {
    static final String ACTION = "担当割当";

    private final LedgerContext ctx;

    public AssignmentService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Assigns one case; returns its new version. A stale {@code expectedVersion} is a conflict. */
    public long assign(StaffMember actor, long caseId, long expectedVersion, String toLogin, String reason) {
        Permissions.require(actor, Action.READ_CASES);
        FieldInput.requireText("理由", reason);
        StaffMember to = assignable(toLogin);
        boolean leader = Permissions.allows(actor, Action.ASSIGN);
        if (!leader && !(Permissions.allows(actor, Action.EDIT_CASE) && to.id() == actor.id())) {
            throw new PermissionDeniedException("担当の割当ては業務責任者・管理責任者が行います。担当者は未割当の案件を自分の担当にすることだけができます。");
        }
        return ctx.ledger().write(actor.login(), tx -> {
            CaseRepository.Loaded loaded = loadCurrent(tx, caseId, expectedVersion);
            if (!leader && loaded.file().assigneeId() != null) {
                throw new PermissionDeniedException("案件 " + caseId + " にはすでに担当者がいます。担当の変更は業務責任者に依頼してください。");
            }
            return move(tx, loaded, expectedVersion, to, reason);
        });
    }

    /** The cases of {@code fromLogin} spread over {@code toLogins} by open standard minutes; nothing is saved. */
    public CoverPlan planCover(StaffMember actor, String fromLogin, List<String> toLogins, String typeCode) {
        Permissions.require(actor, Action.ASSIGN);
        StaffMember from = member(fromLogin);
        List<StaffMember> targets = new ArrayList<>();
        for (String login : toLogins) {
            StaffMember t = assignable(login.strip());
            if (t.id() == from.id()) {
                throw new InvalidInputException("引き継ぐ先に休む本人(" + from.login() + ")は指定できません");
            }
            if (targets.stream().noneMatch(x -> x.id() == t.id())) {
                targets.add(t);
            }
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("引き継ぐ先を1人以上指定してください");
        }
        Catalog catalog = ctx.catalog();
        return ctx.ledger().read(c -> plan(c, catalog, from, targets, typeCode));
    }

    /**
     * Applies a plan in one transaction: every case must still have the version the plan saw, else nothing moves
     * and the first changed case is reported as a conflict. Returns how many cases moved.
     */
    public int apply(StaffMember actor, CoverPlan plan, String reason) {
        Permissions.require(actor, Action.ASSIGN);
        FieldInput.requireText("理由", reason);
        Map<Long, StaffMember> people = new LinkedHashMap<>();
        for (CoverPlan.Move m : plan.moves()) {
            people.computeIfAbsent(m.to().id(), id -> assignable(m.to().login()));
        }
        String why =
                reason == null || reason.isBlank() ? "不在の引継ぎ(" + plan.from().name() + ")" : reason.strip();
        return ctx.ledger().write(actor.login(), tx -> {
            for (CoverPlan.Move m : plan.moves()) {
                CaseRepository.Loaded loaded = loadCurrent(tx, m.caseId(), m.version());
                move(tx, loaded, m.version(), people.get(m.to().id()), why);
            }
            return plan.moves().size();
        });
    }

    /** Persons who may be given cases: active, and not the read-only auditor. */
    public List<StaffMember> assignablePeople(StaffMember actor) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(StaffRepository::all).stream()
                .filter(s -> s.active() && s.role() != Role.AUDITOR)
                .toList();
    }

    private CoverPlan plan(Connection c, Catalog catalog, StaffMember from, List<StaffMember> targets, String typeCode)
            throws SQLException {
        Map<Long, Map<String, Integer>> counts = DeskQueries.openCountsByAssignee(c);
        int[] minutes = new int[targets.size()];
        int[] cases = new int[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            for (var e : counts.getOrDefault(targets.get(i).id(), Map.of()).entrySet()) {
                minutes[i] += minutesOf(catalog, e.getKey()) * e.getValue();
                cases[i] += e.getValue();
            }
        }
        int[] minutesBefore = minutes.clone();
        int[] casesBefore = cases.clone();
        List<DeskQueries.OpenCase> open = DeskQueries.openCasesOf(c, from.id()).stream()
                .filter(o ->
                        typeCode == null || typeCode.isBlank() || o.typeCode().equals(typeCode))
                // largest first spreads most evenly; among equals, the earliest due goes first
                .sorted(Comparator.comparingInt((DeskQueries.OpenCase o) -> -minutesOf(catalog, o.typeCode()))
                        .thenComparing(DeskQueries.OpenCase::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(DeskQueries.OpenCase::id))
                .toList();
        List<CoverPlan.Move> moves = new ArrayList<>();
        CoverPlan.Person fromPerson = person(from);
        for (DeskQueries.OpenCase o : open) {
            int least = 0;
            for (int i = 1; i < targets.size(); i++) {
                if (minutes[i] < minutes[least]) {
                    least = i;
                }
            }
            int m = minutesOf(catalog, o.typeCode());
            minutes[least] += m;
            cases[least]++;
            moves.add(new CoverPlan.Move(
                    o.id(),
                    o.typeCode(),
                    o.subject(),
                    o.dueOn(),
                    o.version(),
                    m,
                    fromPerson,
                    person(targets.get(least))));
        }
        moves.sort(Comparator.comparing(CoverPlan.Move::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(CoverPlan.Move::caseId));
        List<CoverPlan.Load> loads = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            loads.add(
                    new CoverPlan.Load(person(targets.get(i)), casesBefore[i], minutesBefore[i], cases[i], minutes[i]));
        }
        return new CoverPlan(fromPerson, moves, loads);
    }

    static int minutesOf(Catalog catalog, String typeCode) {
        return catalog.taskType(typeCode).map(TaskType::standardMinutes).orElse(0);
    }

    private static CoverPlan.Person person(StaffMember s) {
        return new CoverPlan.Person(s.id(), s.login(), s.name());
    }

    private static CaseRepository.Loaded loadCurrent(Tx tx, long caseId, long expectedVersion) throws SQLException {
        CaseRepository.Loaded loaded = CaseRepository.loadForUpdate(tx.connection(), caseId, expectedVersion);
        CaseFile c = loaded.file();
        if (c.status().isClosed()) {
            throw new InvalidInputException("案件 " + caseId + " は「" + c.status().label() + "」のため担当を変えられません");
        }
        return loaded;
    }

    private static long move(Tx tx, CaseRepository.Loaded loaded, long expectedVersion, StaffMember to, String reason)
            throws SQLException {
        CaseFile c = loaded.file();
        if (Objects.equals(c.assigneeId(), to.id())) {
            throw new InvalidInputException("案件 " + c.id() + " はすでに " + to.name() + " さんの担当です");
        }
        String fromLogin = c.assigneeId() == null
                ? ""
                : StaffRepository.byId(tx.connection(), c.assigneeId())
                        .map(StaffMember::login)
                        .orElse("");
        long version = CaseRepository.save(tx, c.withAssignee(to.id()), ACTION, loaded);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("case", Long.toString(c.id()));
        entry.put("from", fromLogin);
        entry.put("to", to.login());
        entry.put("by", tx.actor());
        entry.put("why", reason == null ? "" : reason.strip());
        tx.audit("assignment", c.id(), ACTION, null, Json.write(entry));
        return version;
    }

    private StaffMember member(String login) {
        if (login == null || login.isBlank()) {
            throw new InvalidInputException("職員のログイン名を指定してください");
        }
        return ctx.ledger()
                .read(c -> StaffRepository.byLogin(c, login.strip()))
                .orElseThrow(() -> new InvalidInputException("職員「" + login + "」は名簿にありません"));
    }

    private StaffMember assignable(String login) {
        StaffMember s = member(login);
        if (!s.active()) {
            throw new InvalidInputException(s.name() + " さんは名簿で無効になっているため担当にできません");
        }
        if (s.role() == Role.AUDITOR) {
            throw new InvalidInputException(s.name() + " さん(監査)は担当にできません");
        }
        return s;
    }
}
