package jp.shomu.ledger.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/** A new ledger with the bundled catalog and a small fictional roster, as init makes it. */
public final class TestLedgers {
    /** login → (name, role): two leaders, three operators and an auditor. */
    public static final Map<String, Object[]> ROSTER = new LinkedHashMap<>();

    static {
        ROSTER.put("leader", new Object[] {"見本 責任者", Role.LEADER});
        ROSTER.put("leader2", new Object[] {"架空 主任", Role.LEADER});
        ROSTER.put("op-a", new Object[] {"架空 一郎", Role.OPERATOR});
        ROSTER.put("op-b", new Object[] {"見本 花子", Role.OPERATOR});
        ROSTER.put("op-c", new Object[] {"試験 次郎", Role.OPERATOR});
        ROSTER.put("auditor", new Object[] {"監査 担当", Role.AUDITOR});
    }

    private TestLedgers() {}

    public static LedgerContext create(Path file, Clock clock) {
        Ledger ledger = TestBackend.create(file, clock);
        ledger.write("init", tx -> {
            CatalogRepository.addVersion(tx, CatalogJson.bundled());
            int n = 1;
            for (Map.Entry<String, Object[]> e : ROSTER.entrySet()) {
                StaffRepository.add(
                        tx, e.getKey(), "100000" + n++, (String) e.getValue()[0], (Role) e.getValue()[1], "見本");
            }
            return null;
        });
        return new LedgerContext(ledger);
    }

    public static StaffMember who(LedgerContext ctx, String login) {
        return ctx.whoIs(login);
    }
}
