package jp.shomu.ledger.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.Holiday;
import jp.shomu.ledger.testing.LedgerFixture;
import jp.shomu.ledger.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cabinet Office CSV (CP932) read from the holiday screen: the moved due dates first, saved only when confirmed. */
class HolidaysViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture app;
    private long received12;

    @BeforeEach
    void setUp() {
        app = new ViewModelFixture(dir, "leader");
        Map<String, String> fields = new HashMap<>(LedgerFixture.ALLOWANCE_FIELDS);
        fields.put("receivedOn", "2027-04-12");
        fields.put("docsCompleteOn", "2027-04-12");
        received12 = app.ledger.cases().create(app.ledger.op1, "2-2", "通勤手当", fields);
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void anImportedListShowsTheMovedDueDatesAndSavesThemOnlyWhenConfirmed() throws Exception {
        StringBuilder csv = new StringBuilder("国民の祝日・休日月日,国民の祝日・休日名称\r\n");
        for (Holiday h : BusinessCalendar.standard().nationalHolidays(2027)) {
            csv.append(h.date().getYear())
                    .append('/')
                    .append(h.date().getMonthValue())
                    .append('/')
                    .append(h.date().getDayOfMonth())
                    .append(',')
                    .append(h.name())
                    .append("\r\n");
        }
        csv.append("2027/4/14,臨時休日\r\n");
        Path file = dir.resolve("syukujitsu.csv");
        Files.write(file, csv.toString().getBytes(Charset.forName("windows-31j")));
        app.dialogs.openFile = Optional.of(file);

        HolidaysViewModel vm = new HolidaysViewModel(app.session, app.executor, app.dialogs);
        vm.refresh();
        vm.importCsv();
        assertTrue(app.dialogs.errors.isEmpty(), app.dialogs.errors.toString());
        assertTrue(
                vm.holidays().stream()
                        .anyMatch(h -> h.name().equals("臨時休日") && h.source().equals("追加(手入力・取込み)")),
                "the imported day is in the year's list, as an addition to the rules");
        assertEquals(1, vm.dueChanges().size());
        assertEquals(LocalDate.of(2027, 4, 15), vm.dueChanges().get(0).change().oldDue());
        assertEquals(LocalDate.of(2027, 4, 16), vm.dueChanges().get(0).change().newDue());

        app.dialogs.confirmAnswer = false;
        vm.applyDueDates();
        assertEquals(LocalDate.of(2027, 4, 15), due(), "not confirmed: nothing saved");
        app.dialogs.confirmAnswer = true;
        vm.applyDueDates();
        assertEquals(LocalDate.of(2027, 4, 16), due());
        assertTrue(vm.dueChanges().isEmpty());
        assertEquals("1 件の期限を計算し直しました", vm.dueNoteProperty().get());
    }

    private LocalDate due() {
        return app.ledger
                .cases()
                .details(app.ledger.manager, received12)
                .caseFile()
                .dueOn();
    }
}
