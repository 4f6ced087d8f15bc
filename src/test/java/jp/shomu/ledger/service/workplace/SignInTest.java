package jp.shomu.ledger.service.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInTest {
    @TempDir
    Path dir;

    @Test
    void aKnownLoginIsFoundWhateverItsCase() {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            assertEquals(f.op1, SignIn.of(f.ctx, "OP1").user().orElseThrow());
        }
    }

    @Test
    void anUnknownLoginIsToldToAskTheLeadersAndManager() {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            SignIn.Result r = SignIn.of(f.ctx, "stranger");
            assertTrue(r.user().isEmpty());
            assertEquals(
                    java.util.List.of("manager", "leader"),
                    r.contacts().stream()
                            .map(StaffMember::login)
                            .sorted(java.util.Comparator.reverseOrder())
                            .toList());
            assertEquals(5, r.roster().size());
        }
    }
}
