package jp.shomu.ledger.service.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.SlaPlanner;
import jp.shomu.ledger.store.Json;

/**
 * Imports cases from a file, all or nothing. First every row is checked with no lock held, with the same checks as
 * the case form, and the checked rows are kept in a temporary file; only if no row has a problem is every case
 * registered through {@code CaseService.create(Tx, …)} in ONE write transaction, which holds the ledger's write
 * lock while it runs (the trade-off is in docs/REPORTS.md).
 */
public final class CaseImportService {
    private static final int PROGRESS_EVERY = 500;

    private final LedgerContext ctx;
    private final Path scratch;

    public CaseImportService(LedgerContext ctx) {
        this(ctx, null);
    }

    /** @param scratch where the checked rows are kept between check and write (personal data: a private folder) */
    public CaseImportService(LedgerContext ctx, Path scratch) {
        this.ctx = ctx;
        this.scratch = scratch;
    }

    /** The dry run: checks every row and says what the import would do. Writes nothing. */
    public ImportPreview preview(StaffMember actor, RowSource source, ImportMapping mapping, ProgressSink progress) {
        require(actor);
        return check(source, mapping, ctx.catalog(), progress, null);
    }

    /**
     * Checks every row, then registers them all in one transaction.
     *
     * @throws ImportRefusedException when any row (or the header) has a problem: nothing is registered, and the
     *                                exception carries the preview with every problem
     * @throws CancelledException     when {@code progress} asks to stop: nothing is registered
     */
    public ImportResult importCases(StaffMember actor, RowSource source, ImportMapping mapping, ProgressSink progress) {
        require(actor);
        long started = System.nanoTime();
        Catalog catalog = ctx.catalog();
        try (StagedRows staged = new StagedRows(scratch)) {
            ImportPreview preview = check(source, mapping, catalog, progress, staged);
            if (!preview.ok() || preview.cases() == 0) {
                throw new ImportRefusedException(preview);
            }
            long checkMillis = (System.nanoTime() - started) / 1_000_000;
            long[] result = new long[3];
            ctx.ledger().write(actor.login(), tx -> {
                long lockedAt = System.nanoTime();
                CaseService cases = new CaseService(ctx);
                long[] n = {0, 0, 0};
                staged.forEach(row -> {
                    TaskType type = catalog.taskType(row.typeCode()).orElseThrow();
                    long id = cases.create(tx, actor, catalog.version(), type, row.subject(), row.fields());
                    n[1] = n[0] == 0 ? id : n[1];
                    n[2] = id;
                    if (++n[0] % PROGRESS_EVERY == 0) {
                        progress.checkCancelled();
                        progress.progress(n[0], staged.count(), "案件を登録中");
                    }
                });
                progress.checkCancelled();
                tx.audit(
                        "import",
                        source.name(),
                        "取込み",
                        null,
                        Json.write(Map.of(
                                "file",
                                source.name(),
                                "mapping",
                                mapping.name(),
                                "cases",
                                Long.toString(n[0]),
                                "firstCase",
                                Long.toString(n[1]),
                                "lastCase",
                                Long.toString(n[2]))));
                progress.progress(n[0], staged.count(), "確定中");
                result[0] = lockedAt;
                result[1] = n[1];
                result[2] = n[2];
                return null;
            });
            long lockMillis = (System.nanoTime() - result[0]) / 1_000_000;
            return new ImportResult(preview, result[1], result[2], checkMillis, lockMillis);
        }
    }

    /** Checks every row; valid rows also go to {@code staged} when given. */
    private ImportPreview check(
            RowSource source, ImportMapping mapping, Catalog catalog, ProgressSink progress, StagedRows staged) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> byType = new TreeMap<>();
        List<PlannedCase> sample = new ArrayList<>();
        long[] n = new long[4];
        ImportPass.run(source, mapping, catalog, (row, header, outcome) -> {
            if (outcome.valid().isPresent()) {
                RowValidator.ValidRow v = outcome.valid().get();
                if (staged != null && n[1] + n[3] == 0) {
                    staged.add(v);
                }
                byType.merge(v.type().code(), 1L, Long::sum);
                if (sample.size() < ImportPreview.SAMPLE) {
                    sample.add(plan(v));
                }
            } else {
                n[header ? 3 : 1]++;
                n[2] += outcome.problems().size();
                outcome.problems().stream()
                        .limit(Math.max(0, ImportPreview.MAX_PROBLEMS - problems.size()))
                        .forEach(problems::add);
            }
            if (!header && ++n[0] % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.progress(n[0], 0, "各行を確認中");
            }
        });
        return new ImportPreview(source.name(), mapping.name(), n[0], byType, sample, problems, n[2], n[1]);
    }

    private PlannedCase plan(RowValidator.ValidRow v) {
        LocalDate today = ctx.today();
        Map<String, String> fields = new TreeMap<>(v.fields());
        fields.putIfAbsent(CommonFields.RECEIVED_ON, today.toString());
        CaseFile draft = CaseFile.builder()
                .type(v.type().code(), 0)
                .subject(v.subject())
                .dates(today, today, null, null)
                .fields(fields)
                .build();
        SlaPlanner.Plan p = SlaPlanner.plan(ctx.calendar(), v.type(), draft, List.of(), today);
        return new PlannedCase(v.row(), v.type().code(), v.type().name(), v.subject(), v.fields(), p.dueOn());
    }

    private static void require(StaffMember actor) {
        Permissions.require(actor, Action.IMPORT);
        Permissions.require(actor, Action.CREATE_CASE);
    }
}
