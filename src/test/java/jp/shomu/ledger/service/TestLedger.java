package jp.shomu.ledger.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.store.settings.StaffRepository;
import jp.shomu.ledger.testing.TestBackend;

/** A new ledger in a temporary folder with a small roster, for service tests. */
public final class TestLedger {
    /** Monday 2027-04-12, 10:00 in Tokyo. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-12T01:00:00Z"), JapanTime.ZONE);

    private TestLedger() {}

    public static LedgerContext create(Path dir) {
        return create(dir, CLOCK);
    }

    public static LedgerContext create(Path dir, Clock clock) {
        Ledger ledger = TestBackend.create(dir.resolve("test.db"), clock);
        ledger.write("admin", tx -> {
            CatalogRepository.addVersion(tx, CatalogJson.bundled());
            StaffRepository.add(tx, "admin", "1000001", "見本 管理", Role.MANAGER, "管理");
            StaffRepository.add(tx, "leader", "1000002", "見本 主任", Role.LEADER, "人事・給与");
            StaffRepository.add(tx, "op1", "1000003", "見本 一郎", Role.OPERATOR, "人事・給与");
            StaffRepository.add(tx, "op2", "1000004", "見本 花子", Role.OPERATOR, "人事・給与");
            StaffRepository.add(tx, "audit", "1000005", "見本 監査", Role.AUDITOR, "市監査");
            return null;
        });
        return new LedgerContext(ledger);
    }

    public static StaffMember who(LedgerContext ctx, String login) {
        return ctx.whoIs(login);
    }
}
