package jp.shomu.ledger.service.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.DeliverableSchedule;
import jp.shomu.ledger.domain.centre.DeliverableState;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.ImprovementStatus;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incidents, improvements, meetings and deliverables in a real ledger: audited, versioned, checked by verify. */
class CentreRecordsTest {
    @TempDir
    Path dir;

    private LedgerContext ctx;
    private StaffMember leader;
    private StaffMember operator;
    private StaffMember auditor;

    @BeforeEach
    void open() {
        ctx = TestLedger.create(dir);
        leader = TestLedger.who(ctx, "leader");
        operator = TestLedger.who(ctx, "op1");
        auditor = TestLedger.who(ctx, "audit");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theWholeContractsScheduleIsTrackedAndVerified() {
        DeliverableService deliverables = new DeliverableService(ctx);
        List<Deliverable> all = deliverables.list(auditor, null);
        assertEquals(DeliverableSchedule.forContract(ctx.calendar()).size(), all.size());
        assertEquals(all.size(), deliverables.list(leader, null).size(), "written once");
        List<Deliverable> fy2027 = deliverables.list(leader, 2027);
        assertEquals(
                12, fy2027.stream().filter(d -> d.name().equals("月次業務実績報告書")).count());
        assertTrue(
                LedgerVerifier.verify(ctx.ledger()).ok(),
                LedgerVerifier.verify(ctx.ledger()).problems().toString());
    }

    @Test
    void theCitySendsAReportBackAndTheHistoryKeepsEveryStep() {
        DeliverableService deliverables = new DeliverableService(ctx);
        Deliverable april = deliverables.list(leader, 2027).stream()
                .filter(d -> d.period().equals("2027-04"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2027, 5, 12), april.due(), "5/3–5/5 holidays: 5/6, 5/7, 5/10, 5/11, 5/12");
        deliverables.submit(leader, april.id(), null);
        assertThrows(InvalidInputException.class, () -> deliverables.sendBack(leader, april.id(), " "));
        Deliverable back = deliverables.sendBack(leader, april.id(), "SLA 表の分母を訂正すること");
        assertEquals(DeliverableState.RETURNED, back.state());
        assertEquals(
                DeliverableState.SUBMITTED,
                deliverables.submit(leader, april.id(), "訂正版").state());
        Deliverable accepted = deliverables.accept(leader, april.id(), null);
        assertEquals(DeliverableState.ACCEPTED, accepted.state());
        assertEquals(LocalDate.of(2027, 4, 12), accepted.acceptedOn());
        assertEquals(
                List.of("提出", "再提出依頼", "提出", "受理"),
                deliverables.history(auditor, april.id()).stream()
                        .map(e -> e.action())
                        .toList());
        assertThrows(PermissionDeniedException.class, () -> deliverables.submit(operator, april.id(), null));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void aPersonalInformationIncidentStaysFlaggedUntilTheCityIsTold() {
        IncidentService incidents = new IncidentService(ctx);
        long id = incidents.add(
                operator, IncidentKind.PERSONAL_INFORMATION, LocalDateTime.of(2027, 4, 12, 9, 5), "書類の誤送付", false);
        incidents.add(operator, IncidentKind.POWER_OUTAGE, LocalDateTime.of(2027, 4, 12, 8, 0), "停電(30分)", false);
        assertEquals(
                List.of(id),
                incidents.flagged(leader).stream().map(Incident::id).toList());
        Incident i = incidents.get(leader, id);
        assertThrows(
                InvalidInputException.class,
                () -> incidents.saveHandling(
                        leader, id, i.version(), "", "回収", null, "封入誤り", "二人で封入確認", IncidentStatus.CLOSED));
        Incident reported = incidents.reportedToCity(leader, id, i.version(), LocalDateTime.of(2027, 4, 12, 9, 50));
        assertFalse(reported.flagged());
        assertEquals("45分", Incident.formatDelay(reported.reportDelay().orElseThrow()));
        assertTrue(incidents.flagged(leader).isEmpty());
        assertThrows(
                ConflictException.class,
                () -> incidents.reportedToCity(leader, id, i.version(), LocalDateTime.of(2027, 4, 12, 10, 0)));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void aRowChangedBehindTheAppsBackIsFoundByVerify() throws Exception {
        long id = new IncidentService(ctx)
                .add(operator, IncidentKind.NETWORK, LocalDateTime.of(2027, 4, 12, 9, 0), "回線断", false);
        ctx.ledger().write("admin", tx -> {
            try (Statement st = tx.connection().createStatement()) {
                st.execute("UPDATE incident SET summary = '書き換え' WHERE id = " + id);
            }
            return null;
        });
        List<String> problems = LedgerVerifier.verify(ctx.ledger()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("危機管理事案 " + id)), problems.toString());
    }

    @Test
    void aMeetingsMinutesAreDueFiveBusinessDaysLaterAndTracked() {
        Meeting m = new MeetingService(ctx).add(leader, LocalDate.of(2027, 12, 27), "市 総務課長、管理責任者");
        assertEquals(LocalDate.of(2028, 1, 7), m.minutesDue());
        Deliverable minutes = new DeliverableService(ctx).get(leader, m.deliverableId());
        assertEquals("月次定例会議事録", minutes.name());
        assertEquals(LocalDate.of(2028, 1, 7), minutes.due());
        assertTrue(m.agenda().contains("危機管理事案"), m.agenda());
        assertThrows(
                InvalidInputException.class, () -> new MeetingService(ctx).add(leader, LocalDate.of(2027, 12, 27), ""));
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }

    @Test
    void anImprovementsExpectedEffectComesFromMinutesSavedTimesCases() {
        ImprovementService improvements = new ImprovementService(ctx);
        var type = ctx.catalog().taskType("2-7").orElseThrow();
        long id = improvements.add(leader, "旅費の経路確認の簡素化", "", List.of("2-7"), null, 2);
        Improvement i = improvements.get(leader, id);
        assertEquals(2L * type.annualCases(), i.expectedMinutesPerYear());
        i = improvements.move(leader, id, i.version(), ImprovementStatus.DISCUSSING);
        i = improvements.move(leader, id, i.version(), ImprovementStatus.ADOPTED);
        i = improvements.move(leader, id, i.version(), ImprovementStatus.IMPLEMENTED);
        i = improvements.measure(leader, id, i.version(), 1200, "3か月の実績から");
        assertEquals(ImprovementStatus.MEASURED, i.status());
        assertEquals(1200L, i.measuredMinutesPerYear());
        assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
    }
}
