package jp.shomu.ledger.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.CaseService;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.NewLedger;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.StaffRepository;

/** A fresh benchmark ledger: the bundled catalog, a fictional roster of operators, and the shared "hot" cases. */
final class BenchSetup {
    static final String ADMIN = "bench-admin";
    static final String TYPE = "2-2";

    private BenchSetup() {
    }

    static String writerLogin(int i) {
        return String.format("bench%02d", i);
    }

    static String readerLogin(int i) {
        return String.format("reader%02d", i);
    }

    /** Creates {@code file} (which must not exist) with {@code writers} + {@code readers} operators and {@code hot} cases. */
    static void create(Path file, int writers, int readers, int hot) {
        NewLedger.create(file, ADMIN, Clock.systemUTC(), false);
        try (Ledger ledger = Ledger.open(file, Clock.systemUTC())) {
            ledger.write(ADMIN, tx -> {
                for (int i = 1; i <= writers; i++) {
                    StaffRepository.add(tx, writerLogin(i), String.format("91%05d", i), "計測 担当" + i, Role.OPERATOR, "計測");
                }
                for (int i = 1; i <= readers; i++) {
                    StaffRepository.add(tx, readerLogin(i), String.format("92%05d", i), "計測 閲覧" + i, Role.OPERATOR, "計測");
                }
                return null;
            });
            LedgerContext ctx = new LedgerContext(ledger);
            StaffMember admin = ctx.whoIs(ADMIN);
            CaseService cases = new CaseService(ctx);
            for (int i = 1; i <= hot; i++) {
                cases.create(admin, TYPE, "共有案件 " + i + " 通勤手当 認定", Map.of());
            }
        }
    }

    /** The checklist items anyone may tick (not the double-check steps). */
    static List<String> tickableItems(LedgerContext ctx) {
        TaskType type = ctx.catalog().taskType(TYPE).orElseThrow();
        return type.checklist().stream().filter(i -> !i.secondPerson()).map(ChecklistItem::id).toList();
    }
}
