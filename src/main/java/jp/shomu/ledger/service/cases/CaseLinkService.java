package jp.shomu.ledger.service.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseLink;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.cases.LinkKind;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FollowOn;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.cases.CaseLinkRepository;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * Linked cases: a follow-on case started from another with the values the catalog says to carry (1-1 → 3-1 資格取得),
 * and links between existing cases (parent, related). Every link is audited; both ends show it.
 */
public final class CaseLinkService {
    /** Common fields a follow-on always starts with: who asked is the same. */
    private static final List<String> COMMON_CARRY = List.of(CommonFields.REQUESTER_DEPT, CommonFields.REQUESTER);

    private final LedgerContext ctx;

    public CaseLinkService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Links case {@code id} to case {@code to}: for {@link LinkKind#PARENT}, {@code to} becomes its parent. Refuses a
     * link to itself, a second link between the same two cases and a parent link that would make a cycle.
     */
    public void link(StaffMember actor, long id, long to, LinkKind kind) {
        Permissions.require(actor, Action.EDIT_CASE);
        if (id == to) {
            throw new InvalidInputException("案件 " + id + " を自分自身には関連付けられません");
        }
        ctx.ledger().write(actor.login(), tx -> {
            Connection c = tx.connection();
            CaseFile child = requireCase(c, id);
            CaseFile parent = requireCase(c, to);
            if (kind == LinkKind.PARENT) {
                requireLevels(child, parent);
            }
            for (CaseLink existing : CaseLinkRepository.forCase(c, id)) {
                if (existing.other(id) == to) {
                    throw new InvalidInputException(
                            "案件 " + id + " と " + to + " はすでに関連付けられています(" + existing.roleLabel(id) + ")");
                }
            }
            if (kind == LinkKind.PARENT && isAncestorOrSelf(c, id, to)) {
                throw new InvalidInputException("案件 " + to + " は案件 " + id + " の子孫です。親にすると親子関係が循環します");
            }
            return CaseLinkRepository.insert(tx, id, to, kind, actor.id());
        });
    }

    /**
     * Starts a case of {@code typeCode} following case {@code id}, with the values the catalog carries over for
     * that pair, linked to it as its parent; returns the new case's number.
     */
    public long followOn(StaffMember actor, long id, String typeCode) {
        Permissions.require(actor, Action.CREATE_CASE);
        Catalog catalog = ctx.catalog();
        return ctx.ledger().write(actor.login(), tx -> {
            CaseFile source = requireCase(tx.connection(), id);
            TaskType sourceType = ctx.catalog(source.catalogVersion())
                    .taskType(source.typeCode())
                    .orElseThrow();
            TaskType target = catalog.taskType(typeCode)
                    .orElseThrow(() -> new InvalidInputException("業務コード「" + typeCode + "」はカタログにありません"));
            FollowOn rule = sourceType
                    .followOn(target.code())
                    .orElseThrow(() -> new InvalidInputException(sourceType.code() + " の案件から " + target.code()
                            + " の後続案件は作れません(カタログに定めがありません)。作れるもの: "
                            + (sourceType.followOns().isEmpty()
                                    ? "なし"
                                    : String.join(
                                            ", ",
                                            sourceType.followOns().stream()
                                                    .map(FollowOn::type)
                                                    .toList()))));
            Map<String, String> values = new LinkedHashMap<>();
            COMMON_CARRY.forEach(k -> putIfPresent(values, k, source.field(k)));
            rule.carry().forEach((from, to) -> putIfPresent(values, to, source.field(from)));
            values.putAll(rule.set());
            long created = new CaseService(ctx).create(tx, actor, catalog.version(), target, subjectOf(source), values);
            CaseLinkRepository.insert(tx, created, id, LinkKind.PARENT, actor.id());
            return created;
        });
    }

    /** The cases linked to {@code id}, both ways, oldest link first. */
    public List<LinkedCase> links(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> {
            requireCase(c, id);
            Map<Long, String> names = new java.util.HashMap<>();
            StaffRepository.all(c).forEach(s -> names.put(s.id(), s.name()));
            List<LinkedCase> result = new java.util.ArrayList<>();
            for (CaseLink l : CaseLinkRepository.forCase(c, id)) {
                CaseFile other = CaseRepository.get(c, l.other(id)).orElseThrow();
                result.add(new LinkedCase(
                        other.id(),
                        l.roleOfOther(id),
                        l.roleLabel(id),
                        other.typeCode(),
                        other.subject(),
                        other.status(),
                        names.getOrDefault(l.createdBy(), ""),
                        l.createdAt()));
            }
            return result;
        });
    }

    /**
     * Where a type's cases have levels (2-1: 支給回 = parent, 所属実績 = child), a parent link joins a child-level case
     * to a parent-level case of the same type; the level choice and the link never disagree.
     */
    private void requireLevels(CaseFile child, CaseFile parent) {
        if (!child.typeCode().equals(parent.typeCode())) {
            return;
        }
        var levels = ctx.catalog(child.catalogVersion())
                .taskType(child.typeCode())
                .flatMap(t -> t.field(CommonFields.RUN_LEVEL))
                .map(f -> f.choices());
        if (levels.isEmpty() || levels.get().size() < 2) {
            return;
        }
        String parentLevel = levels.get().get(0);
        String childLevel = levels.get().get(1);
        if (!parent.field(CommonFields.RUN_LEVEL).equals(parentLevel)
                || !child.field(CommonFields.RUN_LEVEL).equals(childLevel)) {
            throw new InvalidInputException("親案件にできるのは「" + parentLevel + "」の案件、子にできるのは「" + childLevel
                    + "」の案件です(案件 " + parent.id() + ": " + parent.field(CommonFields.RUN_LEVEL) + "、案件 " + child.id()
                    + ": " + child.field(CommonFields.RUN_LEVEL) + ")");
        }
    }

    private static boolean isAncestorOrSelf(Connection c, long candidate, long start) throws SQLException {
        Deque<Long> todo = new ArrayDeque<>(List.of(start));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long at = todo.pop();
            if (at == candidate) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(CaseLinkRepository.parentsOf(c, at));
            }
        }
        return false;
    }

    private static CaseFile requireCase(Connection c, long id) throws SQLException {
        return CaseRepository.get(c, id).orElseThrow(() -> new InvalidInputException("案件 " + id + " はありません"));
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (!value.isEmpty()) {
            values.put(key, value);
        }
    }

    private static String subjectOf(CaseFile source) {
        String subject = source.subject() + "(案件 " + source.id() + " の後続)";
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }
}
