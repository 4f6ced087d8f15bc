package jp.shomu.ledger.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.changes.ChangeKind;
import jp.shomu.ledger.domain.changes.ChangeStatus;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SecurityFixture;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog and SLA-target changes need a second person: a wrong manual revision without an organisational check is
 * how a real city overpaid an allowance for four years.
 */
class ChangeServiceTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private SecurityFixture fx;
    private ChangeService changes;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        fx = new SecurityFixture(ctx);
        changes = new ChangeService(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private int minutes22() {
        return ctx.catalog().taskType("2-2").orElseThrow().standardMinutes();
    }

    @Test
    void aCatalogChangeTakesEffectOnlyWhenASecondPersonApproves() {
        int before = minutes22();
        long id = fx.proposalByLeader2();
        assertEquals(1, ctx.catalog().version());
        assertEquals(before, minutes22(), "nothing changes while the proposal waits");
        ChangeReview review = changes.review(fx.who("leader"), id);
        assertEquals("見本 次長", review.proposerName());
        assertEquals(1, review.differences().size(), review.differences().toString());
        assertEquals(
                "taskTypes[2-2].standardMinutes: " + before + " → " + (before + 1),
                review.differences().get(0).toString());
        assertEquals(2, changes.approve(fx.who("leader"), id, "標準時間の根拠を確認した"));
        assertEquals(2, ctx.catalog().version());
        assertEquals(before + 1, minutes22());
        assertEquals(
                ChangeStatus.APPROVED,
                changes.review(fx.who("audit"), id).proposal().status());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void theProposerCannotApproveTheirOwnChange() {
        long id = fx.proposalByLeader2();
        assertThrows(PermissionDeniedException.class, () -> changes.approve(fx.who("leader2"), id, ""));
        assertEquals(
                ChangeStatus.PROPOSED,
                changes.review(fx.who("leader"), id).proposal().status());
        assertEquals(1, ctx.catalog().version());
    }

    @Test
    void anOperatorCannotProposeOrApproveACatalogChange() {
        long id = fx.proposalByLeader2();
        assertThrows(PermissionDeniedException.class, () -> changes.approve(fx.who("op1"), id, ""));
        assertThrows(
                PermissionDeniedException.class,
                () -> changes.propose(fx.who("op1"), ChangeKind.CATALOG, "手順を変える", fx.changedCatalog()));
        assertThrows(PermissionDeniedException.class, () -> changes.reject(fx.who("op1"), id, "不要"));
        assertThrows(PermissionDeniedException.class, () -> changes.approve(fx.who("audit"), id, ""));
    }

    @Test
    void aProposalWrittenAgainstAnOlderVersionCannotUndoAnotherApproval() {
        long first = fx.proposalByLeader2();
        long second = changes.propose(fx.who("admin"), ChangeKind.CATALOG, "別の見直し", fx.changedCatalog());
        changes.approve(fx.who("leader"), first, "");
        assertFalse(changes.review(fx.who("leader"), second).baseStillInForce());
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> changes.approve(fx.who("leader"), second, ""));
        assertTrue(e.getMessage().contains("版 2"), e.getMessage());
        changes.reject(fx.who("leader"), second, "版 2 をもとに出し直してください");
        assertEquals(
                ChangeStatus.REJECTED,
                changes.review(fx.who("leader"), second).proposal().status());
        assertEquals(2, ctx.catalog().version());
    }

    @Test
    void theProposerWithdrawsAndAnotherRejectsAlwaysWithAReason() {
        long withdrawn = fx.proposalByLeader2();
        assertThrows(InvalidInputException.class, () -> changes.reject(fx.who("leader2"), withdrawn, " "));
        changes.reject(fx.who("leader2"), withdrawn, "数字を誤った");
        assertEquals(
                ChangeStatus.WITHDRAWN,
                changes.review(fx.who("leader"), withdrawn).proposal().status());
        assertThrows(InvalidInputException.class, () -> changes.approve(fx.who("leader"), withdrawn, ""));
        assertEquals(1, changes.proposals(fx.who("leader"), false).size());
        assertTrue(changes.proposals(fx.who("leader"), true).isEmpty());
    }

    @Test
    void aProposalEditedBehindTheAppsBackIsNotApprovedAndVerifyNamesIt() throws Exception {
        long id = fx.proposalByLeader2();
        sql(
                "UPDATE change_proposal SET payload = replace(payload, '\"standardMinutes\":', '\"standardMinutes\":1') WHERE id = "
                        + id);
        LedgerException e = assertThrows(LedgerException.class, () -> changes.approve(fx.who("leader"), id, ""));
        assertTrue(e.getMessage().contains("提案時と一致しません"), e.getMessage());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).problems().stream().anyMatch(p -> p.contains("変更提案 " + id)));
    }

    @Test
    void aCatalogVersionEditedBehindTheAppsBackIsFoundByVerify() throws Exception {
        sql("UPDATE catalog_version SET content = replace(content, '\"secondPerson\":true', '\"secondPerson\":false')");
        assertTrue(LedgerVerifier.verify(ctx.ledger()).problems().stream().anyMatch(p -> p.contains("カタログの版 1")));
    }

    @Test
    void theLedgerItselfRefusesAnApprovalByTheProposer() throws Exception {
        long id = fx.proposalByLeader2();
        long proposer = fx.who("leader2").id();
        assertThrows(
                java.sql.SQLException.class,
                () -> sql("UPDATE change_proposal SET status = 'APPROVED', decided_by = " + proposer + " WHERE id = "
                        + id));
    }

    @Test
    void badOrEmptyProposalsAreRefusedWithTheReason() {
        var leader = fx.who("leader");
        String current = jp.shomu.ledger.store.settings.CatalogJson.toJson(ctx.catalog());
        assertThrows(InvalidInputException.class, () -> changes.propose(leader, ChangeKind.CATALOG, "同じ", current));
        String noDoubleCheck = current.replace("\"secondPerson\":true", "\"secondPerson\":false");
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> changes.propose(leader, ChangeKind.CATALOG, "確認を省く", noDoubleCheck));
        assertTrue(e.getMessage().contains("checklist") && e.getMessage().contains("ダブルチェック"), e.getMessage());
        assertThrows(
                InvalidInputException.class,
                () -> changes.propose(leader, ChangeKind.CATALOG, "", fx.changedCatalog()));
        assertThrows(InvalidInputException.class, () -> changes.propose(leader, ChangeKind.CATALOG, "壊れた", "{"));
        assertThrows(
                InvalidInputException.class,
                () -> changes.propose(leader, ChangeKind.CATALOG, "担当者の番号 1234 5678 9018 を例に追記", fx.changedCatalog()));
        assertTrue(changes.proposals(leader, false).isEmpty());
    }

    @Test
    void slaTargetsGoThroughTheSameTwoPersonRule() {
        assertEquals(Optional.empty(), changes.settingsInForce(ChangeKind.SLA_TARGETS));
        String first =
                "{\"effectiveFrom\": \"2027-04\", \"items\": [{\"metric\": \"ON_TIME_RATE\", \"target\": \"100\"},"
                        + " {\"metric\": \"ACCURACY\", \"target\": \"99\"}]}";
        long id = changes.propose(fx.who("leader"), ChangeKind.SLA_TARGETS, "SLA目標の初期値", first);
        assertThrows(PermissionDeniedException.class, () -> changes.approve(fx.who("leader"), id, ""));
        assertEquals(1, changes.approve(fx.who("admin"), id, ""));
        assertTrue(changes.settingsInForce(ChangeKind.SLA_TARGETS).orElseThrow().contains("\"target\":\"99\""));
        long next = changes.propose(
                fx.who("leader"), ChangeKind.SLA_TARGETS, "正確性を引き上げ", first.replace("\"99\"", "\"99.5\""));
        assertTrue(
                changes.review(fx.who("admin"), next)
                        .differences()
                        .get(0)
                        .toString()
                        .endsWith("99 → 99.5"),
                changes.review(fx.who("admin"), next).differences().toString());
        assertThrows(
                InvalidInputException.class,
                () -> changes.propose(fx.who("leader"), ChangeKind.SLA_TARGETS, "配列", "[1, 2]"));
        assertThrows(
                InvalidInputException.class,
                () -> changes.propose(
                        fx.who("leader"), ChangeKind.SLA_TARGETS, "形が違う", "{\"onTime\": 1.0, \"accuracy\": 0.99}"));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    private void sql(String statement) throws Exception {
        try (var c = TestBackend.rawConnection(dir.resolve("test.db"));
                var st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
