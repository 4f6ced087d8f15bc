package jp.shomu.ledger.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.service.sample.BulkValues;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.WritePathWarmUp;
import jp.shomu.ledger.store.cases.CaseRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One simulated operator in its own process: creates, edits, ticks, starts and reviews cases through the real
 * services — mostly the same shared cases as everyone else — and logs every successful write.
 */
@Command(name = "writer", hidden = true)
final class WriterCommand implements Callable<Integer> {
    @Option(names = "--ledger", required = true, converter = BenchDatabase.Converter.class)
    LedgerLocation ledger;

    @Option(names = "--dir", required = true)
    Path dir;

    @Option(names = "--index", required = true)
    int index;

    @Option(names = "--seconds", required = true)
    double seconds;

    @Option(names = "--pace", defaultValue = "0")
    int paceMillis;

    @Option(names = "--hot", defaultValue = "20")
    int hot;

    @Option(names = "--first-hot", defaultValue = "1")
    long firstHot;

    private final Latencies latencies = new Latencies();
    private final Latencies holds = new Latencies();
    private final SaveEnds saveEnds = new SaveEnds();
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final List<Long> own = new ArrayList<>();
    private int progressCursor;
    private long commits;
    private long conflicts;
    private long refused;
    private long busy;
    private long errors;
    private long lockRetries;
    private long queued;
    private String lastError = "";

    @Override
    public Integer call() throws InterruptedException {
        String login = BenchSetup.writerLogin(index);
        Random rnd = new Random(index * 7919L + System.nanoTime());
        try (LedgerContext ctx = LedgerContext.open(ledger, Clock.systemUTC());
                WriteLog log = new WriteLog(dir.resolve("log-" + index + ".txt"), login)) {
            StaffMember me = ctx.whoIs(login);
            List<String> items = BenchSetup.tickableItems(ctx);
            Operator op = new Operator(ctx, me, new CaseService(ctx), new CaseWorkflow(ctx), log, items, rnd);
            // like the app, load the write path's classes before the first save (not inside its transaction), then
            // one logged save so the measured ones are those of an app that has been open a while
            WritePathWarmUp.run();
            op.review(firstHot + index % hot);
            ReaderCommand.monthlyFigures(ctx);
            Children.readyAndAwaitGo(dir, "writer-" + index);
            long retriesBefore = ctx.ledger().lockRetries();
            long queuedBefore = ctx.ledger().queuedSaves();
            RunPeriod period = new RunPeriod(dir, seconds);
            while (!period.over()) {
                if (paceMillis > 0) {
                    long pause = (long) (rnd.nextDouble() * 2 * paceMillis);
                    Thread.sleep(Math.min(pause, period.millisLeft()));
                    if (period.over()) {
                        break;
                    }
                }
                oneWrite(op, rnd);
            }
            lockRetries = ctx.ledger().lockRetries() - retriesBefore;
            queued = ctx.ledger().queuedSaves() - queuedBefore;
        }
        new ChildResult()
                .put("commits", commits)
                .put("conflicts", conflicts)
                .put("refused", refused)
                .put("busy", busy)
                .put("errors", errors)
                .put("lockRetries", lockRetries)
                .put("queued", queued)
                .put("lastError", lastError)
                .put("latencies", latencies.encode())
                .put("holds", holds.encode())
                .put("saveEnds", saveEnds.encode())
                .write(dir.resolve("result-writer-" + index + ".txt"));
        return 0;
    }

    private void oneWrite(Operator op, Random rnd) {
        int r = rnd.nextInt(100);
        long started = 0;
        try {
            long id = pickCase(rnd, r);
            // what the user saw when they opened the case; sometimes an old screen (a stale version)
            long version = r >= 50 && r < 55 && lastSeen.containsKey(id) ? lastSeen.get(id) : op.currentVersion(id);
            started = System.nanoTime();
            if (r < 15 || own.isEmpty()) {
                own.add(op.create());
            } else if (r < 55) {
                lastSeen.put(id, op.update(id, version));
            } else if (r < 75) {
                op.tick(id);
            } else if (r < 85) {
                CaseFile c = op.read(ownCaseToProgress(op));
                started = System.nanoTime();
                lastSeen.put(c.id(), op.progress(c));
            } else if (!op.doubleCheck()) {
                op.review(id);
            }
            commits++;
            holds.add(op.ctx().ledger().lastWriteHoldNanos() / 1e6);
        } catch (ConflictException e) {
            conflicts++;
        } catch (InvalidInputException | PermissionDeniedException e) {
            // a rule refused the step (already checked; four eyes: this writer worked on the case): not a fault
            refused++;
        } catch (LedgerException e) {
            if (e.problem() == LedgerProblem.BUSY) {
                busy++;
            } else {
                errors++;
            }
            lastError = e.getMessage();
        } catch (RuntimeException e) {
            errors++;
            lastError = e.toString();
        }
        if (started != 0) {
            latencies.add((System.nanoTime() - started) / 1e6);
            saveEnds.add(System.currentTimeMillis());
        }
    }

    /** The own case this operator is working through: the same one until it has been sent for the double check. */
    private long ownCaseToProgress(Operator op) {
        for (int tried = 0; tried < own.size(); tried++) {
            long id = own.get(progressCursor % own.size());
            CaseStatus status = op.read(id).status();
            if (status == CaseStatus.RECEIVED || status == CaseStatus.IN_PROGRESS) {
                return id;
            }
            progressCursor++;
        }
        return own.get(0);
    }

    private long pickCase(Random rnd, int r) {
        boolean ownCase = (r >= 75 && r < 85) || (!own.isEmpty() && rnd.nextInt(4) == 0);
        if (ownCase && !own.isEmpty()) {
            return own.get(rnd.nextInt(own.size()));
        }
        return firstHot + rnd.nextInt(hot);
    }

    /** The real service calls one operator makes, each followed by its log line. */
    private record Operator(
            LedgerContext ctx,
            StaffMember me,
            CaseService cases,
            CaseWorkflow flow,
            WriteLog log,
            List<String> items,
            Random rnd) {
        long currentVersion(long id) {
            return read(id).version();
        }

        CaseFile read(long id) {
            return ctx.ledger().read(c -> CaseRepository.get(c, id)).orElseThrow();
        }

        long create() {
            String token = token();
            TaskType type = ctx.catalog().taskType(BenchSetup.TYPE).orElseThrow();
            long id = cases.create(me, BenchSetup.TYPE, "計測 " + token, BulkValues.fields(type, ctx.today(), rnd));
            log.log('C', id, 1, "計測 " + token);
            return id;
        }

        long update(long id, long version) {
            String subject = "計測 " + token();
            long v = cases.update(me, id, version, subject, Map.of());
            log.log('U', id, v, subject);
            return v;
        }

        long start(long id, long version) {
            long v = flow.start(me, id, version);
            log.log('S', id, v, "");
            return v;
        }

        /** The maker's next step on an own case, one save: start it, tick one of the maker's items, or ask for the check. */
        long progress(CaseFile c) {
            long id = c.id();
            if (c.status() == CaseStatus.RECEIVED) {
                return start(id, c.version());
            }
            if (c.status() != CaseStatus.IN_PROGRESS) {
                return update(id, c.version());
            }
            Optional<String> open = unticked(id, items);
            if (open.isPresent()) {
                tickItem(id, open.get());
                return c.version();
            }
            long v = flow.submitForCheck(me, id, c.version());
            log.log('S', id, v, "");
            return v;
        }

        /**
         * The four-eyes check of someone else's case waiting for it, one save: tick the second person's item if still
         * open, else approve (7 in 10) or send back. False when no case is waiting for this person's check.
         */
        boolean doubleCheck() {
            Optional<Long> waiting = ctx.ledger()
                    .read(c -> Sql.queryOne(
                            c,
                            "SELECT id FROM case_file WHERE status = ?"
                                    + " AND assignee_id <> ? ORDER BY random() LIMIT 1",
                            rs -> rs.getLong(1),
                            CaseStatus.AWAITING_CHECK.name(),
                            me.id()));
            if (waiting.isEmpty()) {
                return false;
            }
            long id = waiting.get();
            List<String> secondPerson = ctx.catalog().taskType(BenchSetup.TYPE).orElseThrow().checklist().stream()
                    .filter(ChecklistItem::secondPerson)
                    .map(ChecklistItem::id)
                    .toList();
            Optional<String> open = unticked(id, secondPerson);
            if (open.isPresent()) {
                tickItem(id, open.get());
                return true;
            }
            long version = read(id).version();
            long v = rnd.nextInt(10) < 7
                    ? flow.approve(me, id, version, "確認しました")
                    : flow.sendBack(me, id, version, List.of("INPUT"), "記載に誤りがあります " + token());
            log.log('S', id, v, "");
            return true;
        }

        private Optional<String> unticked(long id, List<String> wanted) {
            Set<String> ticked = Set.copyOf(ctx.ledger()
                    .read(c -> Sql.query(
                            c, "SELECT item_id FROM checklist_tick WHERE case_id = ?", rs -> rs.getString(1), id)));
            return wanted.stream().filter(i -> !ticked.contains(i)).findFirst();
        }

        private void tickItem(long id, String item) {
            flow.tick(me, id, item, "");
            log.log('T', id, 0, item);
        }

        void tick(long id) {
            String item = items.get(rnd.nextInt(items.size()));
            flow.tick(me, id, item, "");
            log.log('T', id, 0, item);
        }

        void review(long id) {
            cases.details(me, id);
            String body = "確認しました " + token();
            flow.comment(me, id, body);
            log.log('K', id, 0, body);
        }

        private String token() {
            return me.login() + "-" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36);
        }
    }
}
