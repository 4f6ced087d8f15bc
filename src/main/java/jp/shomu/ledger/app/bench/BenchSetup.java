package jp.shomu.ledger.app.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.app.cli.OsLogin;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.sample.BulkLedger;
import jp.shomu.ledger.service.workplace.NewLedger;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * A fresh benchmark ledger: the bundled catalog, a fictional roster of operators, the shared "hot" cases, and
 * optionally a year of generated cases before them so that backups, reports and exports have real work to do.
 */
final class BenchSetup {
    static final String ADMIN = BulkLedger.ADMIN;
    static final String TYPE = "2-2";
    static final int PRELOAD_YEARS = 1;
    private static final int PRELOAD_BATCH = 5000;
    private static final long PRELOAD_SEED = 20260401;

    private BenchSetup() {}

    static String writerLogin(int i) {
        return String.format("bench%02d", i);
    }

    static String readerLogin(int i) {
        return String.format("reader%02d", i);
    }

    /**
     * Creates {@code ledger} (a file that must not exist, or an empty server database): {@code preload} generated
     * cases received over the last year (none if 0; files only), then {@code writers} + {@code readers} operators, the person running the harness as a leader
     * (the long operations run as them), and {@code hot} shared cases.
     *
     * @return the id of the first shared case; the others follow it
     */
    static long create(LedgerLocation ledger, int writers, int readers, int hot, int preload) {
        if (preload > 0) {
            BulkLedger.generate(
                    ledger.requireFile("--preload"),
                    preload,
                    PRELOAD_YEARS,
                    LocalDate.now(JapanTime.ZONE),
                    PRELOAD_BATCH,
                    PRELOAD_SEED,
                    done -> {});
        } else {
            NewLedger.create(ledger, ADMIN, Clock.systemUTC(), null);
        }
        return addPeopleAndSharedCases(ledger, writers, readers, hot);
    }

    private static long addPeopleAndSharedCases(LedgerLocation location, int writers, int readers, int hot) {
        try (Ledger ledger = Ledger.open(location, Clock.systemUTC())) {
            ledger.write(ADMIN, tx -> {
                for (int i = 1; i <= writers; i++) {
                    StaffRepository.add(
                            tx, writerLogin(i), String.format("91%05d", i), "計測 担当" + i, Role.OPERATOR, "計測");
                }
                for (int i = 1; i <= readers; i++) {
                    StaffRepository.add(
                            tx, readerLogin(i), String.format("92%05d", i), "計測 閲覧" + i, Role.OPERATOR, "計測");
                }
                StaffRepository.add(
                        tx,
                        OsLogin.current(),
                        "9300001",
                        "計測 報告者",
                        Role.MANAGER,
                        "計測"); // restores the backup too (管理責任者)
                return null;
            });
            LedgerContext ctx = new LedgerContext(ledger);
            StaffMember admin = ctx.whoIs(ADMIN);
            CaseService cases = new CaseService(ctx);
            long first = cases.create(admin, TYPE, "共有案件 1 通勤手当 認定", Map.of());
            for (int i = 2; i <= hot; i++) {
                cases.create(admin, TYPE, "共有案件 " + i + " 通勤手当 認定", Map.of());
            }
            // the shared cases have no assignee, so every writer may edit them (CaseRules.mayDoMakerWork)
            long last = first + hot - 1;
            ledger.write(ADMIN, tx -> {
                for (long id = first; id <= last; id++) {
                    CaseRepository.Loaded loaded = CaseRepository.loadForUpdate(tx.connection(), id, 1);
                    CaseRepository.save(tx, loaded.file().withAssignee(null), "担当解除", loaded);
                }
                return null;
            });
            return first;
        }
    }

    /** The checklist items anyone may tick (not the double-check steps). */
    static List<String> tickableItems(LedgerContext ctx) {
        TaskType type = ctx.catalog().taskType(TYPE).orElseThrow();
        return type.checklist().stream()
                .filter(i -> !i.secondPerson())
                .map(ChecklistItem::id)
                .toList();
    }
}
