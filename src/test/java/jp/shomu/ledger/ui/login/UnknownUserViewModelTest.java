package jp.shomu.ledger.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.service.workplace.SignIn;
import jp.shomu.ledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownUserViewModelTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownLoginIsToldWhomToAsk() {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            UnknownUserViewModel vm =
                    new UnknownUserViewModel("tanaka", f.file.toString(), SignIn.of(f.ctx, "tanaka"), false);
            assertTrue(vm.message().contains("ログイン名「tanaka」"), vm.message());
            assertTrue(vm.message().contains(f.file.toString()));
            assertEquals(List.of("試用 次郎(業務責任者・人事・給与)", "manager(管理責任者・管理)"), vm.contacts());
            assertFalse(vm.offersDemo());
            assertTrue(vm.demoPeople().isEmpty());
        }
    }

    @Test
    void onTheSampleLedgerTheDemoPeopleAreOffered() {
        try (LedgerFixture f = LedgerFixture.in(dir)) {
            UnknownUserViewModel vm =
                    new UnknownUserViewModel("tanaka", f.file.toString(), SignIn.of(f.ctx, "tanaka"), true);
            assertTrue(vm.offersDemo());
            assertEquals(5, vm.demoPeople().size());
        }
    }
}
