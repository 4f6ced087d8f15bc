package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.shomu.ledger.domain.cases.CaseQuery;
import jp.shomu.ledger.domain.cases.CaseSummary;
import jp.shomu.ledger.domain.cases.CommonFields;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.FieldType;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Japanese substring search over subjects and searchable field values (FTS5 trigram, LIKE for 1–2 characters). */
class CaseSearchTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private CaseService cases;
    private StaffMember op;
    private long travel;
    private long allowance;
    private long tax;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        cases = new CaseService(ctx);
        op = ctx.whoIs("op1");
        travel = cases.create(
                op, "2-7", "出張旅費 請求", Map.of("purpose", "研修会への出席", "destination", "浜松市役所", "requesterDept", "企画部 政策課"));
        allowance =
                cases.create(op, "2-2", "通勤手当 新規認定", Map.of("commuteRoute", "天竜川駅から静岡駅", "dependants", "長男 平成30年生"));
        tax = cases.create(op, "2-4", "住民税 特別徴収 異動届", Map.of());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Set<Long> search(String text) {
        Set<Long> ids = new TreeSet<>();
        for (CaseSummary s : cases.list(op, CaseQuery.all().withText(text))) {
            ids.add(s.id());
        }
        return ids;
    }

    @Test
    void threeOrMoreCharactersAreFoundThroughTheIndex() {
        assertEquals(Set.of(allowance), search("通勤手当"));
        assertEquals(Set.of(tax), search("特別徴収"));
        assertEquals(Set.of(), search("児童手当"));
    }

    @Test
    void twoCharactersFallBackToLike() {
        assertEquals(Set.of(allowance), search("手当"));
        assertEquals(Set.of(travel), search("旅費"));
    }

    @Test
    void oneCharacterFallsBackToLike() {
        assertEquals(Set.of(tax), search("税"));
        assertEquals(Set.of(allowance), search("新"));
        assertEquals(Set.of(travel), search("浜"));
    }

    @Test
    @FileOnly("the FTS5 short-word index's own rows; the server's search is CaseSearchTest's other tests")
    void shortWordsAreFoundThroughTheShortWordIndexNotByReadingEveryCase() {
        ctx.ledger()
                .write(
                        "op1",
                        tx -> jp.shomu.ledger.store.Sql.update(
                                tx.connection(), "DELETE FROM case_gram WHERE rowid = ?", travel));
        assertEquals(Set.of(), search("旅費"));
        assertEquals(Set.of(), search("浜"));
        assertEquals(Set.of(travel), search("浜松市"), "three characters still go through the trigram index");
        cases.update(op, travel, cases.details(op, travel).caseFile().version(), "出張旅費 請求 TAX", Map.of());
        assertEquals(Set.of(travel), search("旅費"), "a save indexes the case again");
        assertEquals(Set.of(travel), search("ta"), "letters are matched whatever their case");
    }

    @Test
    void searchableFieldValuesAreFoundLikeTheSubject() {
        assertEquals(Set.of(travel), search("浜松市"));
        assertEquals(Set.of(travel), search("浜松"));
        assertEquals(Set.of(travel), search("政策課"));
    }

    @Test
    void aSensitiveFieldsValueIsNotSearchable() {
        assertEquals(Set.of(), search("天竜川駅"));
        assertEquals(Set.of(), search("天竜"));
        assertEquals(Set.of(), search("長男"));
        assertEquals(Set.of(), search("平成30年生"));
    }

    @Test
    void anEditedCaseIsFoundByItsNewTextAndNotByTheOld() {
        long v = cases.details(op, travel).caseFile().version();
        cases.update(op, travel, v, "出張旅費 精算", Map.of("destination", "沼津市"));
        assertEquals(Set.of(), search("浜松市"));
        assertEquals(Set.of(), search("浜松"));
        assertEquals(Set.of(), search("請求"));
        assertEquals(Set.of(travel), search("沼津市"));
        assertEquals(Set.of(travel), search("精算"));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void everyWordMustBeFoundWhateverItsLength() {
        assertEquals(Set.of(travel), search("旅費 浜松市"));
        assertEquals(Set.of(travel), search("旅費\u3000研修会"));
        assertEquals(Set.of(), search("通勤手当 浜松市"));
        assertEquals(Set.of(allowance), search("手当 認定"));
    }

    @Test
    void likeWildcardsAndQuotesAreTakenLiterally() {
        assertEquals(Set.of(), search("%"));
        assertEquals(Set.of(), search("_"));
        assertEquals(Set.of(), search("\"旅費\""));
    }

    @Test
    void theCaseNumberStillFindsTheCase() {
        assertEquals(Set.of(tax), search(Long.toString(tax)));
    }

    @Test
    void aNumberFindsTextContainingItAsWellAsTheCaseWithThatNumber() {
        long withNumber = cases.create(op, "2-7", "出張旅費 命令番号 20271", Map.of());
        assertEquals(Set.of(withNumber), search("20271"));
        assertEquals(Set.of(withNumber, travel), search("出張旅費"));
    }

    @Test
    void searchCombinesWithTheOtherFiltersAndListsNewestFirst() {
        long second = cases.create(op, "2-7", "出張旅費 請求 二件目", Map.of("destination", "浜松市北区"));
        assertEquals(
                List.of(second, travel),
                cases.list(op, CaseQuery.all().withType("2-7").withText("浜松市")).stream()
                        .map(CaseSummary::id)
                        .toList());
        assertEquals(List.of(), cases.list(op, CaseQuery.all().withType("2-2").withText("浜松市")));
        assertEquals(
                List.of(second, travel),
                cases.list(op, CaseQuery.all().withType("2-7").withText("浜松")).stream()
                        .map(CaseSummary::id)
                        .toList());
    }

    @Test
    void theSearchableFieldsAgreeWithTheCatalog() {
        Set<String> expected = new TreeSet<>();
        for (TaskType t : ctx.catalog().taskTypes()) {
            for (FieldDef f : FieldInput.fieldsOf(t)) {
                if (f.type() == FieldType.TEXT && !f.sensitive()) {
                    expected.add(t.code() + "/" + f.key());
                }
            }
        }
        assertTrue(expected.contains("2-7/" + CommonFields.REQUESTER_DEPT));
        List<String> rows = ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT type_code || '/' || field_key FROM search_field WHERE catalog_version = ?",
                        rs -> rs.getString(1),
                        ctx.catalog().version()));
        assertEquals(expected, new TreeSet<>(rows));
    }

    @Test
    @FileOnly("a V3 file migrated to V4: a server ledger starts at the current version")
    void anOlderLedgerIsIndexedWhenItIsMigrated() throws Exception {
        Path file = ctx.ledger().file();
        ctx.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER catalog_version_search_fields");
            st.execute("DROP TABLE case_search");
            st.execute("DROP TABLE search_field");
            st.execute("DROP INDEX case_file_status_due");
            st.execute("DROP TABLE accepted_month"); // V5, after the search index
            // and the later scripts' tables (the centre's records, V8), which a V3 ledger has not got either
            for (String t : List.of(
                    "deliverable_rule", // V13, which refers to deliverable and sla_agreement
                    "sla_agreement_basis",
                    "meeting",
                    "deliverable_event",
                    "deliverable",
                    "incident",
                    "improvement",
                    "sla_agreement",
                    "sla_measure")) {
                st.execute("DROP TABLE " + t);
            }
            // and the scripts after V4 (V7: inquiries and the FAQ), which the migration runs again
            for (String table : List.of(
                    "inquiry_search", "faq_search", "faq_article_version", "faq_article", "inquiry_faq", "inquiry")) {
                st.execute("DROP TABLE " + table);
            }
            // and the scripts after V4 (V9 people, issue 17): their tables come back with the migration
            st.execute("DROP TABLE staff_terms");
            st.execute("DROP TABLE staff_training");
            st.execute("DROP TABLE staff_badge");
            // V12 seasonal calendar (issue 17)
            st.execute("DROP TABLE seasonal_run");
            st.execute("DROP TABLE seasonal_setup");
            // and the table screens' tables (V10, issue 18), V16's first as they refer to them
            st.execute("DROP TABLE copier_terms");
            st.execute("DROP TABLE meter_replacement");
            // and the table screens' tables (V10, issue 18)
            for (String table : List.of(
                    "copier",
                    "meter_reading",
                    "table_case",
                    "stamp_entry",
                    "stamp_count",
                    "postage",
                    "budget_spend",
                    "budget_line")) {
                st.execute("DROP TABLE " + table);
            }
            st.execute("DROP TABLE case_link"); // V11 links (issue 18)
            // and V15 (issue 20): the short-word index, built again from case_search by the migration
            st.execute("DROP TABLE case_gram");
            st.execute("PRAGMA user_version = 3"); // V1–V3: the schema before the search index (V4)
        }
        ctx = new LedgerContext(TestBackend.open(file, TestLedger.CLOCK));
        cases = new CaseService(ctx);
        assertEquals(Set.of(travel), search("浜松市"));
        assertEquals(Set.of(allowance), search("手当"));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void verifyNamesACaseMissingFromTheIndex() throws Exception {
        Path file = dir.resolve("test.db");
        ctx.close();
        try (Connection c = TestBackend.rawConnection(file);
                Statement st = c.createStatement()) {
            st.execute("DELETE FROM case_search WHERE " + (TestBackend.onServer() ? "id" : "rowid") + " = " + tax);
        }
        ctx = new LedgerContext(TestBackend.open(file, TestLedger.CLOCK));
        LedgerVerifier.Result r = LedgerVerifier.verify(ctx.ledger());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains("検索用の索引に入っていない案件があります: [" + tax + "]"));
    }
}
