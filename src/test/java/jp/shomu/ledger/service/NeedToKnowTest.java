package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import jp.shomu.ledger.domain.audit.AuditFilter;
import jp.shomu.ledger.domain.forecast.ServicePeriod;
import jp.shomu.ledger.domain.staff.NeedToKnow;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.audit.AuditTrail;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.people.PeopleRosterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Need-to-know on a case's sensitive fields, below the UI (issue 17). */
class NeedToKnowTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private SecurityFixture fx;
    private CaseService cases;
    private PeopleRosterService people;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir, TestLedger.CLOCK);
        fx = new SecurityFixture(ctx);
        cases = new CaseService(ctx);
        people = new PeopleRosterService(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private void terms(String login, String... types) {
        people.setTerms(
                fx.who("admin"),
                login,
                ctx.today().minusDays(30),
                ctx.today().minusDays(30),
                null,
                7.75,
                5,
                Set.of(types),
                false,
                null);
    }

    private String route(String login, long id) {
        return cases.details(fx.who(login), id).caseFile().field("commuteRoute");
    }

    private long views(String login) {
        return new AuditTrail(ctx)
                .page(fx.who("audit"), AuditFilter.viewLog(null, null), Long.MAX_VALUE, 100).entries().stream()
                        .filter(e -> e.actor().equals(login))
                        .count();
    }

    @Test
    void someoneOnAnotherTypeSeesTheFieldsMaskedAndNoViewIsLogged() {
        long id = fx.allowanceCase(); // 2-2, assigned to op2
        terms("op1", "1-1", "1-2");
        assertEquals(SensitiveData.MASK, route("op1", id));
        assertEquals(0, views("op1"));
    }

    @Test
    void staffWhoseTaskTypesIncludeTheCasesTypeSeeItAndTheViewIsLogged() {
        long id = fx.allowanceCase();
        terms("op1", "2-2");
        assertEquals(SecurityFixture.ROUTE, route("op1", id));
        assertEquals(1, views("op1"));
    }

    @Test
    void theAssigneeAndLeadersSeeItWhateverTheirTaskTypes() {
        long id = fx.allowanceCase();
        terms("op2", "6-1");
        terms("leader", "6-1");
        assertEquals(SecurityFixture.ROUTE, route("op2", id));
        assertEquals(SecurityFixture.ROUTE, route("leader", id));
    }

    @Test
    void aTermsChangeEnteredAheadTakesEffectOnlyOnItsDay() {
        long id = fx.allowanceCase();
        terms("op1", "2-2");
        people.setTerms(
                fx.who("admin"),
                "op1",
                ctx.today().plusDays(10),
                ctx.today().minusDays(30),
                null,
                7.75,
                5,
                Set.of("1-1"),
                false,
                null);
        assertEquals(SecurityFixture.ROUTE, route("op1", id), "the change is not in force yet");
    }

    @Test
    void designatedHandlersSeeTypesThatNeedTheMyNumberOnly() {
        StaffMember op = new StaffMember(9, "x", "1", "x", Role.OPERATOR, "", true, 1);
        ServicePeriod t =
                new ServicePeriod(9, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1), null, 7.75, 5, Set.of("6-1"));
        assertTrue(NeedToKnow.maySee(op, 1L, "2-5", true, t, true));
        assertFalse(NeedToKnow.maySee(op, 1L, "2-5", true, t, false));
        assertFalse(NeedToKnow.maySee(op, 1L, "2-2", false, t, true));
        assertTrue(NeedToKnow.maySee(op, 9L, "2-2", false, t, false), "assignee");
        assertTrue(NeedToKnow.maySee(op, 1L, "2-2", false, null, false), "no terms yet: access of before");
    }
}
