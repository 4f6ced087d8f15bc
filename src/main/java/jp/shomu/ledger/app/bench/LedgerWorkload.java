package jp.shomu.ledger.app.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.CaseSummary;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.SearchGrams;
import jp.shomu.ledger.store.Sql;

/**
 * What {@code bench ledger} times, each through the app (services, repositories, domain objects) and as the same
 * SQL on a plain connection ({@link RawLedger}), alternating which goes first so that load on a busy machine
 * falls on both alike.
 */
final class LedgerWorkload {
    /**
     * Words of the generated cases (BulkValues) by how many of 500,000 cases contain them: common ones (10,000+,
     * the list stops at its limit), and rare ones (under 5,000, or none — where a scan must read everything).
     */
    static final List<String> LONG_COMMON = List.of("旅費支給", "年末調整", "保育課", "熱海市");

    static final List<String> LONG_RARE = List.of("見本商事株式会社", "試川春香", "994213", "該当なしの語句");
    static final List<String> SHORT_COMMON = List.of("税", "旅", "春香", "熱海");
    static final List<String> SHORT_RARE = List.of("課長", "ゼロ");
    static final Set<CaseStatus> OPEN = EnumSet.of(
            CaseStatus.RECEIVED,
            CaseStatus.IN_PROGRESS,
            CaseStatus.AWAITING_CHECK,
            CaseStatus.WAITING_REQUESTER,
            CaseStatus.ON_HOLD,
            CaseStatus.CITY_APPROVAL);
    private static final int LIMIT = 10_000;

    @FunctionalInterface
    interface Probe {
        int run() throws Exception;
    }

    /** One scenario's timings: app and raw latencies, and the rows the app returned. */
    record Result(String name, Latencies app, Latencies raw, Latencies rows) {}

    private final LedgerContext ctx;
    private final RawLedger raw;
    private final StaffMember me;
    private final CaseService cases;
    private final Random rnd;
    private final List<String> types;

    LedgerWorkload(LedgerContext ctx, RawLedger raw, StaffMember me, long seed) {
        this.ctx = ctx;
        this.raw = raw;
        this.me = me;
        this.cases = new CaseService(ctx);
        this.rnd = new Random(seed);
        this.types = ctx.catalog().taskTypes().stream().map(TaskType::code).toList();
    }

    private Result measure(String name, int n, java.util.function.Supplier<Probe[]> pair) throws Exception {
        Latencies app = new Latencies();
        Latencies rawTimes = new Latencies();
        Latencies rows = new Latencies();
        for (int i = 0; i < n; i++) {
            Probe[] p = pair.get();
            for (int k = 0; k < 2; k++) {
                boolean appTurn = (i + k) % 2 == 0;
                if (p[appTurn ? 0 : 1] == null) {
                    continue;
                }
                long t = System.nanoTime();
                int r = p[appTurn ? 0 : 1].run();
                (appTurn ? app : rawTimes).add((System.nanoTime() - t) / 1e6);
                if (appTurn || p[0] == null) {
                    rows.add(r);
                }
            }
        }
        return new Result(name, app, rawTimes, rows);
    }

    private Result search(String name, int n, List<String> words, boolean trigram) throws Exception {
        return measure(name, n, () -> {
            String w = words.get(rnd.nextInt(words.size()));
            // the SQL CaseTextSearch builds: index-driven for 3+ characters (a number also as a case number)
            Probe rawProbe;
            if (!trigram) {
                rawProbe = () -> raw.list(
                        "case_gram g JOIN case_search x ON x.rowid = g.rowid JOIN case_file f ON f.id = g.rowid",
                        "g.case_gram MATCH ? AND x.body LIKE ? ESCAPE '\\'",
                        "g.rowid DESC",
                        LIMIT,
                        SearchGrams.match(List.of(w)),
                        "%" + w + "%");
            } else if (w.matches("[1-9][0-9]{0,17}")) {
                rawProbe = () -> raw.list(
                        "f.id IN (SELECT s.rowid FROM case_search s WHERE s.case_search MATCH ? UNION ALL SELECT ?)",
                        LIMIT,
                        '"' + w + '"',
                        Long.parseLong(w));
            } else {
                rawProbe = () -> raw.list(
                        "case_search x JOIN case_file f ON f.id = x.rowid",
                        "x.case_search MATCH ?",
                        "x.rowid DESC",
                        LIMIT,
                        '"' + w + '"');
            }
            return new Probe[] {
                () -> cases.list(me, CaseQuery.all().withText(w)).size(), rawProbe
            };
        });
    }

    List<Result> queries(int n) throws Exception {
        List<Result> results = new ArrayList<>();
        results.add(measure("一覧: 中区分+未完了の状態", n, () -> {
            String type = types.get(rnd.nextInt(types.size()));
            CaseStatus s = new ArrayList<>(OPEN).get(rnd.nextInt(OPEN.size()));
            return new Probe[] {
                () -> cases.list(me, CaseQuery.all().withType(type).withStatuses(Set.of(s)))
                        .size(),
                () -> raw.list("f.type_code = ? AND f.status IN (?)", LIMIT, type, s.name())
            };
        }));
        results.add(measure("一覧: 中区分+完了(上限1万件)", Math.max(10, n / 4), () -> {
            String type = types.get(rnd.nextInt(types.size()));
            return new Probe[] {
                () -> cases.list(me, CaseQuery.all().withType(type).withStatuses(Set.of(CaseStatus.DONE)))
                        .size(),
                () -> raw.list("f.type_code = ? AND f.status IN (?)", LIMIT, type, "DONE")
            };
        }));
        results.add(measure("一覧: 未完了を期限順", n, () -> new Probe[] {
            () -> {
                List<CaseSummary> open =
                        new ArrayList<>(cases.list(me, CaseQuery.all().withStatuses(OPEN)));
                open.sort(Comparator.comparing(CaseSummary::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
                return open.size();
            },
            () -> raw.list(
                    "f.status IN (?,?,?,?,?,?)",
                    LIMIT,
                    OPEN.stream().map(Enum::name).sorted().toArray())
        }));
        results.add(search("検索: 3文字以上・多く当たる語(FTS5)", n, LONG_COMMON, true));
        results.add(search("検索: 3文字以上・少ない語(FTS5)", n, LONG_RARE, true));
        results.add(search("検索: 1〜2文字・多く当たる語(短い語の索引)", n, SHORT_COMMON, false));
        results.add(search("検索: 1〜2文字・当たらない語(短い語の索引)", Math.max(10, n / 4), SHORT_RARE, false));
        results.add(measure("参考: 以前の 1〜2文字 LIKE(当たらない語、全件を読む)", Math.max(10, n / 4), () -> {
            String w = SHORT_RARE.get(rnd.nextInt(SHORT_RARE.size()));
            return new Probe[] {
                null,
                () -> raw.list(
                        "(EXISTS (SELECT 1 FROM case_search s WHERE s.rowid = f.id AND s.body LIKE ? ESCAPE '\\'))",
                        LIMIT,
                        "%" + w + "%")
            };
        }));
        results.add(measure("参考: 以前の件名 LIKE(3文字以上・少ない語)", Math.max(10, n / 4), () -> {
            String w = LONG_RARE.get(rnd.nextInt(LONG_RARE.size()));
            return new Probe[] {
                null, () -> raw.list("(f.subject LIKE ? OR CAST(f.id AS TEXT) = ?)", LIMIT, "%" + w + "%", w)
            };
        }));
        YearMonth month = ctx.ledger().read(c -> MonthFigures.busiestNear(c, 10_000));
        long inMonth = ctx.ledger()
                .read(c -> Sql.queryOne(
                                c,
                                "SELECT COUNT(*) FROM case_file WHERE received_on BETWEEN ? AND ?",
                                rs -> rs.getLong(1),
                                month.atDay(1),
                                month.atEndOfMonth())
                        .orElse(0L));
        results.add(measure("月次集計 " + month + "(受付 " + inMonth + " 件)", Math.max(10, n / 10), () -> new Probe[] {
            () -> ctx.ledger().read(c -> MonthFigures.of(c, month)).size(), () -> raw.monthFigures(month)
        }));
        return results;
    }

    /** Saves through CaseService.update (a subject edit) on random open cases, and the raw equivalent. */
    Result saves(int n) throws Exception {
        List<Long> open = ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT id FROM case_file WHERE status IN"
                                + " ('RECEIVED','IN_PROGRESS','AWAITING_CHECK') ORDER BY id DESC LIMIT 2000",
                        rs -> rs.getLong(1)));
        return measure("保存: CaseService.update", n, () -> {
            long id = open.get(rnd.nextInt(open.size()));
            long version = cases.details(me, id).caseFile().version();
            String subject = cases.details(me, id).caseFile().subject();
            String edited = subject.endsWith(" 確認済") ? subject.substring(0, subject.length() - 4) : subject + " 確認済";
            return new Probe[] {
                () -> {
                    cases.update(me, id, version, edited, Map.of());
                    return 1;
                },
                () -> {
                    raw.save(open.get(rnd.nextInt(open.size())));
                    return 1;
                }
            };
        });
    }
}
