package jp.shomu.ledger.service.cases;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.calc.CaseCalculator;
import jp.shomu.ledger.domain.cases.CaseAction;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseRules;
import jp.shomu.ledger.domain.cases.CaseSummary;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseListQueries;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/** Registering, editing, reading and listing cases, with the rules that apply whichever screen or command asks. */
public final class CaseService {
    private final LedgerContext ctx;

    public CaseService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Registers a new case in the current catalog version and returns its number. */
    public long create(StaffMember actor, String typeCode, String subject, Map<String, String> rawFields) {
        Permissions.require(actor, Action.CREATE_CASE);
        Catalog catalog = ctx.catalog();
        TaskType type = catalog.taskType(typeCode)
                .orElseThrow(() -> new InvalidInputException(
                        "業務コード「" + typeCode + "」はカタログにありません(例: 2-2)。catalog list で一覧を表示できます。"));
        String cleanSubject = requireSubject(subject);
        return ctx.ledger()
                .write(actor.login(), tx -> create(tx, actor, catalog.version(), type, cleanSubject, rawFields));
    }

    /** Registers a case inside an open transaction (used by imports and the sample generator too). */
    public long create(
            Tx tx, StaffMember actor, int catalogVersion, TaskType type, String subject, Map<String, String> rawFields)
            throws SQLException {
        Long assignee = actor.role() == Role.OPERATOR || actor.role().isLeaderOrAbove() ? actor.id() : null;
        return create(tx, actor, catalogVersion, type, subject, rawFields, assignee);
    }

    /** Registers a case inside an open transaction for {@code assignee} (null: unassigned, the desk assigns it). */
    public long create(
            Tx tx,
            StaffMember actor,
            int catalogVersion,
            TaskType type,
            String subject,
            Map<String, String> rawFields,
            Long assignee)
            throws SQLException {
        Map<String, String> fields = new TreeMap<>(FieldInput.merge(type, Map.of(), rawFields));
        fields.putIfAbsent("receivedOn", tx.today().toString());
        fields = new TreeMap<>(calculator().apply(type, fields));
        CaseFile draft = CaseFile.builder()
                .type(type.code(), catalogVersion)
                .subject(subject)
                .dates(tx.today(), tx.today(), null, null)
                .assigneeId(assignee)
                .created(actor.id(), tx.now())
                .updatedAt(tx.now())
                .fields(fields)
                .build();
        SlaPlanner.Plan plan = SlaPlanner.plan(ctx.calendar(), type, draft, List.of(), tx.today());
        return CaseRepository.insert(tx, CaseMutation.withPlan(draft, plan), "登録");
    }

    /** Changes the subject and fields of a case last read at {@code expectedVersion}; returns the new version. */
    public long update(
            StaffMember actor, long id, long expectedVersion, String subject, Map<String, String> rawFields) {
        Permissions.require(actor, Action.EDIT_CASE);
        return ctx.ledger().write(actor.login(), tx -> {
            CaseMutation m = CaseMutation.load(ctx, tx, id, expectedVersion);
            m.requireOpen();
            CaseRules.requireMayDo(actor, m.current(), CaseAction.EDIT);
            String newSubject = subject == null ? m.current().subject() : requireSubject(subject);
            Map<String, String> fields = calculator()
                    .apply(m.type(), FieldInput.merge(m.type(), m.current().fields(), rawFields));
            return m.save(m.current().withContent(newSubject, fields), "編集");
        });
    }

    /**
     * Everything the case form shows. Sensitive values the viewer's role may not see are masked
     * ({@link SensitiveData#MASK}); opening a case whose sensitive values the viewer sees is recorded in the view log
     * (once per person, case and 15 minutes). Use it for every screen or command that shows one case.
     */
    public CaseDetails details(StaffMember actor, long id) {
        Permissions.require(actor, Action.READ_CASES);
        return new CaseViews(ctx).show(actor, read(id));
    }

    private CaseDetails read(long id) {
        return ctx.ledger().read(c -> {
            CaseFile file =
                    CaseRepository.get(c, id).orElseThrow(() -> new InvalidInputException("案件 " + id + " はありません"));
            TaskType type =
                    ctx.catalog(file.catalogVersion()).taskType(file.typeCode()).orElseThrow();
            Map<Long, String> names = new TreeMap<>();
            for (StaffMember s : StaffRepository.all(c)) {
                names.put(s.id(), s.name());
            }
            return new CaseDetails(
                    file,
                    type,
                    CaseActivityRepository.ticks(c, id),
                    CaseActivityRepository.pauses(c, id),
                    CaseActivityRepository.reviews(c, id),
                    CaseActivityRepository.timeEntries(c, id),
                    CaseActivityRepository.comments(c, id),
                    names);
        });
    }

    public List<CaseSummary> list(StaffMember actor, CaseQuery query) {
        Permissions.require(actor, Action.READ_CASES);
        return ctx.ledger().read(c -> CaseListQueries.list(c, query));
    }

    /** Works out calculated fields on the ledger's calendar with the thresholds of the catalog in force. */
    public CaseCalculator calculator() {
        return new CaseCalculator(ctx.calendar(), ctx.catalog());
    }

    private static String requireSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidInputException("件名を入力してください");
        }
        if (subject.strip().length() > 200) {
            throw new InvalidInputException("件名は200文字以内にしてください");
        }
        FieldInput.requireText("件名", subject);
        return subject.strip();
    }
}
