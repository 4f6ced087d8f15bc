package jp.shomu.ledger.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.CaseService;
import jp.shomu.ledger.service.CaseWorkflow;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.CaseRepository;
import jp.shomu.ledger.store.ConflictException;
import jp.shomu.ledger.store.LedgerException;
import jp.shomu.ledger.store.LedgerProblem;
import jp.shomu.ledger.store.WritePathWarmUp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One simulated operator in its own process: creates, edits, ticks, starts and reviews cases through the real
 * services — mostly the same shared cases as everyone else — and logs every successful write.
 */
@Command(name = "writer", hidden = true)
final class WriterCommand implements Callable<Integer> {
    @Option(names = "--ledger", required = true) Path ledgerFile;
    @Option(names = "--dir", required = true) Path dir;
    @Option(names = "--index", required = true) int index;
    @Option(names = "--seconds", required = true) double seconds;
    @Option(names = "--pace", defaultValue = "0") int paceMillis;
    @Option(names = "--hot", defaultValue = "20") int hot;
    @Option(names = "--first-hot", defaultValue = "1") long firstHot;

    private final Latencies latencies = new Latencies();
    private final Latencies holds = new Latencies();
    private final SaveEnds saveEnds = new SaveEnds();
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final List<Long> own = new ArrayList<>();
    private long commits;
    private long conflicts;
    private long refused;
    private long busy;
    private long errors;
    private String lastError = "";

    @Override
    public Integer call() throws InterruptedException {
        String login = BenchSetup.writerLogin(index);
        Random rnd = new Random(index * 7919L + System.nanoTime());
        try (LedgerContext ctx = LedgerContext.open(ledgerFile, Clock.systemUTC());
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
        }
        new ChildResult().put("commits", commits).put("conflicts", conflicts).put("refused", refused).put("busy", busy)
                .put("errors", errors).put("lastError", lastError).put("latencies", latencies.encode())
                .put("holds", holds.encode()).put("saveEnds", saveEnds.encode())
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
                CaseFile c = op.read(id);
                if (c.status() == CaseStatus.RECEIVED) {
                    started = System.nanoTime();
                    lastSeen.put(id, op.start(id, c.version()));
                } else {
                    started = System.nanoTime();
                    lastSeen.put(id, op.update(id, c.version()));
                }
            } else {
                op.review(id);
            }
            commits++;
            holds.add(op.ctx().ledger().lastWriteHoldNanos() / 1e6);
        } catch (ConflictException e) {
            conflicts++;
        } catch (InvalidInputException e) {
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

    private long pickCase(Random rnd, int r) {
        boolean ownCase = (r >= 75 && r < 85) || (!own.isEmpty() && rnd.nextInt(4) == 0);
        if (ownCase && !own.isEmpty()) {
            return own.get(rnd.nextInt(own.size()));
        }
        return firstHot + rnd.nextInt(hot);
    }

    /** The real service calls one operator makes, each followed by its log line. */
    private record Operator(LedgerContext ctx, StaffMember me, CaseService cases, CaseWorkflow flow, WriteLog log,
                            List<String> items, Random rnd) {
        long currentVersion(long id) {
            return read(id).version();
        }

        CaseFile read(long id) {
            return ctx.ledger().read(c -> CaseRepository.get(c, id)).orElseThrow();
        }

        long create() {
            String token = token();
            long id = cases.create(me, BenchSetup.TYPE, "計測 " + token, Map.of());
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
