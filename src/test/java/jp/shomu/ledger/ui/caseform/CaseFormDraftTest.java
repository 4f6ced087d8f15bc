package jp.shomu.ledger.ui.caseform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import jp.shomu.ledger.service.workplace.DraftStore.Draft;
import jp.shomu.ledger.ui.caseform.conflict.ConflictViewModel;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import jp.shomu.ledger.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the person typed survives a save the ledger file cannot take: it is kept as a draft on this PC, the message
 * says so under the ledger's own reason, and the draft is offered back when the case opens again. The faults are
 * real: the share's folder taken away, the journal blocked, the file's pages overwritten, a lock held too long.
 */
class CaseFormDraftTest {
    @TempDir
    Path dir;

    private Path share;
    private ViewModelFixture app;
    private long id;

    @BeforeEach
    void setUp() throws IOException {
        share = Files.createDirectories(dir.resolve("share"));
        app = new ViewModelFixture(share, dir.resolve("profile").resolve("drafts"), "op1");
        id = app.ledger.allowanceCase(app.ledger.op1, "通勤手当");
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private static FieldEditorModel field(CaseFormViewModel form, String key) {
        return form.fields().stream()
                .filter(f -> f.def().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** Ways the ledger file stops taking saves, each made for real on the fixture's file. */
    enum Fault {
        /** The share's folder is gone (moved away): SQLite reports the moved file as read-only; the app names it unreachable. */
        SHARE_TAKEN_AWAY("届きません") {
            @Override
            void start(Path ledger) throws IOException {
                Files.move(ledger.getParent(), offline(ledger));
            }

            @Override
            void end(Path ledger) throws IOException {
                Files.move(offline(ledger), ledger.getParent());
            }
        },
        /** Something else sits where the journal must go: SQLite cannot open it. */
        JOURNAL_BLOCKED("届きません") {
            @Override
            void start(Path ledger) throws IOException {
                Files.deleteIfExists(journal(ledger));
                Files.createDirectory(journal(ledger));
            }

            @Override
            void end(Path ledger) throws IOException {
                Files.delete(journal(ledger));
            }
        },
        /** Every page after the first overwritten, and the change counter moved so that SQLite reads them again. */
        PAGES_OVERWRITTEN("壊れています") {
            @Override
            void start(Path ledger) throws IOException {
                try (RandomAccessFile file = new RandomAccessFile(ledger.toFile(), "rw")) {
                    file.seek(16);
                    int pageSize = file.readUnsignedShort();
                    byte[] junk = new byte[(int) file.length() - pageSize];
                    Arrays.fill(junk, (byte) 0x5a);
                    file.seek(pageSize);
                    file.write(junk);
                    file.seek(24);
                    int changes = file.readInt();
                    file.seek(24);
                    file.writeInt(changes + 1);
                }
            }
            // no end(): a damaged file is not put right in place, it is restored from a backup
        };

        final String says;

        Fault(String says) {
            this.says = says;
        }

        abstract void start(Path ledger) throws IOException;

        /** Puts the file back as it was, where the fault can be undone in place. */
        void end(Path ledger) throws IOException {}

        private static Path offline(Path ledger) {
            return ledger.getParent().resolveSibling(ledger.getParent().getFileName() + "-offline");
        }

        private static Path journal(Path ledger) {
            return ledger.resolveSibling(ledger.getFileName() + "-journal");
        }
    }

    private CaseFormViewModel editAndSaveDuring(Fault fault) throws IOException {
        CaseFormViewModel form = app.form(id);
        form.subjectProperty().set("通勤手当(経路変更)");
        field(form, "monthlyAmount").textProperty().set("13,000");
        fault.start(app.ledger.file);
        form.save();
        return form;
    }

    private Draft keptForTheCase() {
        return app.drafts.find(app.ctx.ledger().file().toString(), "case-" + id).orElseThrow();
    }

    @Test
    void aSaveTheLedgerCannotTakeKeepsWhatWasTypedAsADraftAndSaysSo() throws IOException {
        CaseFormViewModel form = editAndSaveDuring(Fault.SHARE_TAKEN_AWAY);

        Draft kept = keptForTheCase();
        assertEquals(app.session.ledgerLocation(), kept.ledgerFile());
        assertEquals(id, kept.caseId());
        assertEquals(1L, kept.baseVersion());
        assertEquals("2-2", kept.typeCode());
        assertEquals("通勤手当(経路変更)", kept.subject());
        assertEquals(Map.of("monthlyAmount", "13,000"), kept.fields());
        String said = app.dialogs.errors.get(0);
        assertTrue(said.contains("このPCに下書きとして残しました") && said.contains("次にこの案件を開いたとき"), said);
        assertEquals(said, form.openCase().messageProperty().get());
        assertTrue(form.dirtyProperty().get(), "the form keeps the input too");

        Fault.SHARE_TAKEN_AWAY.end(app.ledger.file);
        assertEquals(1, app.ledger.version(id), "nothing reached the ledger");
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void eachFaultShowsTheLedgersOwnJapaneseMessageAndNoTrace(Fault fault) throws IOException {
        CaseFormViewModel form = editAndSaveDuring(fault);

        String said = app.dialogs.errors.get(0);
        assertEquals(said, form.openCase().messageProperty().get());
        assertTrue(said.startsWith("台帳") && said.contains(fault.says), said);
        assertTrue(said.contains(app.ledger.file.getFileName().toString()), said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
        assertTrue(said.endsWith(Messages.get("form.draftKept")), said);
        assertEquals("13,000", keptForTheCase().fields().get("monthlyAmount"));
    }

    @Test
    void aLockHeldLongerThanTheWaitShowsTheBusyMessageAndKeepsADraft() throws Exception {
        CaseFormViewModel form = app.form(id);
        field(form, "monthlyAmount").textProperty().set("13000");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherProgram = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + app.ledger.file);
                    Statement st = c.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                held.countDown();
                release.await();
                st.execute("ROLLBACK");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        otherProgram.start();
        held.await();
        try {
            form.save(); // waits out the ledger's full busy wait (15 s), then gives up
        } finally {
            release.countDown();
            otherProgram.join();
        }

        String said = app.dialogs.errors.get(0);
        assertTrue(said.contains("ロックされています") && said.contains("下書き"), said);
        assertEquals("13000", keptForTheCase().fields().get("monthlyAmount"));
    }

    @Test
    void theDraftIsOfferedWhenTheCaseOpensAgainAndGoesOnceSaved() throws IOException {
        CaseFormViewModel failed = editAndSaveDuring(Fault.SHARE_TAKEN_AWAY);
        Fault.SHARE_TAKEN_AWAY.end(app.ledger.file);
        failed.close();

        app.dialogs.draftChoice = CaseDrafts.Choice.RESTORE;
        CaseFormViewModel form = app.form(id);
        String offer = app.dialogs.draftOffers.get(0);
        assertTrue(offer.startsWith("この案件には、保存できなかった入力(下書き)があります(保存日時 R9.4.12 10:00)"), offer);
        assertFalse(offer.contains("他の人"), offer);
        assertEquals("通勤手当(経路変更)", form.subjectProperty().get());
        assertEquals("13,000", field(form, "monthlyAmount").textProperty().get());
        assertEquals("通勤", field(form, "allowanceKind").textProperty().get(), "what the draft did not touch stays");

        form.save();
        var saved = app.session.cases().details(app.me(), id).caseFile();
        assertEquals("13000", saved.field("monthlyAmount"));
        assertEquals("通勤手当(経路変更)", saved.subject());
        assertEquals(2, saved.version());
        assertTrue(app.drafts
                .find(app.ctx.ledger().file().toString(), "case-" + id)
                .isEmpty());
        app.form(id);
        assertEquals(1, app.dialogs.draftOffers.size(), "a saved draft is not offered again");
    }

    @Test
    void aDraftTypedOverAnOlderVersionGoesThroughTheConflictDialog() throws IOException {
        editAndSaveDuring(Fault.SHARE_TAKEN_AWAY).close();
        Fault.SHARE_TAKEN_AWAY.end(app.ledger.file);
        app.ledger.cases().update(app.ledger.leader, id, 1, null, Map.of("monthlyAmount", "15000", "transport", "バス"));

        app.dialogs.draftChoice = CaseDrafts.Choice.RESTORE;
        CaseFormViewModel form = app.form(id);
        assertTrue(
                app.dialogs.draftOffers.get(0).contains("他の人がこの案件を更新しています(版 1 → 2)"), app.dialogs.draftOffers.get(0));
        assertEquals("13,000", field(form, "monthlyAmount").textProperty().get());
        assertEquals("バス", field(form, "transport").textProperty().get(), "their other change is shown as saved");

        form.save(); // cancelled: nothing is overwritten without a choice
        ConflictViewModel asked = app.dialogs.lastConflict;
        assertEquals(
                List.of("件名", "月額"),
                asked.rows().stream().map(ConflictViewModel.Row::label).toList());
        assertTrue(
                asked.rows().stream().allMatch(r -> r.choiceProperty().get() == null),
                "what the draft was typed over is unknown, so the person chooses every item");
        assertEquals(2, app.ledger.version(id));

        app.dialogs.conflict = vm -> {
            vm.rows().forEach(r -> r.choiceProperty().set(ConflictViewModel.Side.MINE));
            return ConflictViewModel.Resolution.SAVE_CHOSEN;
        };
        form.save();
        var saved = app.session.cases().details(app.me(), id).caseFile();
        assertEquals("13000", saved.field("monthlyAmount"));
        assertEquals("バス", saved.field("transport"));
        assertEquals(3, saved.version());
        assertTrue(app.drafts
                .find(app.ctx.ledger().file().toString(), "case-" + id)
                .isEmpty());
    }

    @Test
    void neitherLaterNorAnUnconfirmedDiscardLosesTheDraftAConfirmedOneDoes() throws IOException {
        editAndSaveDuring(Fault.SHARE_TAKEN_AWAY).close();
        Fault.SHARE_TAKEN_AWAY.end(app.ledger.file);

        app.dialogs.draftChoice = CaseDrafts.Choice.LATER;
        CaseFormViewModel later = app.form(id);
        assertEquals("通勤手当", later.subjectProperty().get());
        assertFalse(later.dirtyProperty().get());
        app.dialogs.draftChoice = CaseDrafts.Choice.DISCARD;
        app.dialogs.confirmAnswer = false;
        app.form(id);
        assertTrue(app.drafts
                .find(app.ctx.ledger().file().toString(), "case-" + id)
                .isPresent());

        app.dialogs.confirmAnswer = true;
        CaseFormViewModel discarded = app.form(id);
        assertTrue(app.drafts
                .find(app.ctx.ledger().file().toString(), "case-" + id)
                .isEmpty());
        assertEquals("通勤手当", discarded.subjectProperty().get());
        assertEquals(3, app.dialogs.draftOffers.size());
    }

    @Test
    void aDraftTypedForAnotherLedgerIsNeverOffered() {
        app.drafts.save(new Draft(
                "case-" + id,
                dir.resolve("other").resolve("ledger.db").toString(),
                id,
                1L,
                "2-2",
                "別の台帳の件名",
                Map.of("monthlyAmount", "99999"),
                1_000));

        app.dialogs.draftChoice = CaseDrafts.Choice.RESTORE;
        CaseFormViewModel form = app.form(id);
        assertTrue(app.dialogs.draftOffers.isEmpty());
        assertEquals("通勤手当", form.subjectProperty().get());
    }

    @Test
    void aSaveThatLosesTheRaceKeepsNoDraft() {
        CaseFormViewModel form = app.form(id);
        field(form, "monthlyAmount").textProperty().set("13000");
        app.ledger.cases().update(app.ledger.leader, id, 1, null, Map.of("monthlyAmount", "15000"));
        form.save();

        assertTrue(app.dialogs.lastConflict != null && app.dialogs.errors.isEmpty());
        assertTrue(app.drafts.forLedger(app.session.ledgerLocation()).isEmpty());
    }

    @Test
    void aNewCaseThatCouldNotBeRegisteredIsOfferedWhenTheWindowOpens() throws IOException {
        CaseFormViewModel form = app.newForm("2-2");
        form.subjectProperty().set("通勤手当 新規");
        field(form, "allowanceKind").textProperty().set("通勤");
        field(form, "eventDate").textProperty().set("R9.4.1");
        Fault.JOURNAL_BLOCKED.start(app.ledger.file);
        form.save();
        Fault.JOURNAL_BLOCKED.end(app.ledger.file);

        assertTrue(app.dialogs.errors.get(0).contains("次にアプリを開いたとき"), app.dialogs.errors.get(0));
        assertNull(form.openCase().idProperty().get());
        Draft kept = app.drafts.forLedger(app.session.ledgerLocation()).get(0);
        assertTrue(kept.key().startsWith("new-"), kept.key());
        assertNull(kept.caseId());
        assertNull(kept.baseVersion());

        app.dialogs.draftChoice = CaseDrafts.Choice.RESTORE;
        MainViewModel window = new MainViewModel(app.session, app.executor, app.dialogs);
        window.start();
        assertTrue(
                app.dialogs.draftOffers.get(0).startsWith("登録できなかった新規案件の入力(下書き)があります: 2-2 各種手当認定事務「通勤手当 新規」"),
                app.dialogs.draftOffers.get(0));
        CaseFormViewModel restored = window.selectedFormProperty().get();
        assertEquals("通勤手当 新規", restored.subjectProperty().get());
        assertEquals("R9.4.1", field(restored, "eventDate").textProperty().get());

        restored.save();
        long newId = restored.openCase().idProperty().get();
        assertEquals(
                "2027-04-01",
                app.session.cases().details(app.me(), newId).caseFile().field("eventDate"));
        assertTrue(app.drafts.forLedger(app.session.ledgerLocation()).isEmpty());
    }
}
