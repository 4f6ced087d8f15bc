package jp.shomu.ledger.service.sample;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.cases.ReviewOutcome;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Tx;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseRepository;

/**
 * One case of the bulk benchmark ledger, written in its final state inside the batch's transaction through the
 * real repositories: registered (CaseService.create → CaseRepository.insert), its checklist ticks, pauses,
 * double checks, time and comments, then one save to where it stands today — each step audited.
 */
final class BulkCase {
    private static final String[] ERRORS = {
        "INPUT", "CALCULATION", "OMISSION", "MISSED_DEFECT", "DEADLINE", "RULE", "OTHER"
    };

    private final Tx tx;
    private final TaskType type;
    private final Random rnd;
    private final BusinessCalendar calendar;
    private final StaffMember maker;
    private final StaffMember checker;

    BulkCase(Tx tx, TaskType type, Random rnd, BusinessCalendar calendar, List<StaffMember> team) {
        this.tx = tx;
        this.type = type;
        this.rnd = rnd;
        this.calendar = calendar;
        this.maker = team.get(rnd.nextInt(team.size()));
        this.checker = team.get((team.indexOf(maker) + 1 + rnd.nextInt(team.size() - 1)) % team.size());
    }

    /** Writes the case received on {@code received}, as it stands on {@code today}; returns its id. */
    long write(CaseService cases, int catalogVersion, LocalDate received, LocalDate today) throws SQLException {
        Map<String, String> values = BulkValues.fields(type, received, rnd);
        long id = cases.create(tx, maker, catalogVersion, type, BulkValues.subject(type, values, rnd), values);
        CaseFile c = CaseRepository.get(tx.connection(), id).orElseThrow();
        CaseStatus status = statusOn(ChronoUnit.DAYS.between(received, today));
        if (status == CaseStatus.RECEIVED) {
            return id;
        }
        LocalDate start = c.startOn();
        LocalDate done = min(centreDone(start, c.dueOn()), today);
        boolean paused = status.isPaused() || rnd.nextInt(100) < 3;
        if (paused) {
            long pause = CaseActivityRepository.startPause(
                    tx,
                    id,
                    status == CaseStatus.ON_HOLD ? PauseKind.CITY_HOLD : PauseKind.REQUESTER,
                    "添付書類(証明書)の不足",
                    status == CaseStatus.ON_HOLD ? "見本局 人事課" : "",
                    start,
                    maker.id());
            if (!status.isPaused()) {
                CaseActivityRepository.endPause(
                        tx,
                        CaseActivityRepository.pauses(tx.connection(), id).stream()
                                .filter(p -> p.id() == pause)
                                .findFirst()
                                .orElseThrow(),
                        min(start.plusDays(3), today),
                        "書類の提出あり",
                        maker.id());
            }
        }
        if (status == CaseStatus.WITHDRAWN) {
            CaseActivityRepository.comment(tx, id, maker.id(), "取下げ: 申請者からの取下げ");
            return save(c.withStatus(status, null), "取下げ");
        }
        tickMakerSteps(id, status == CaseStatus.IN_PROGRESS || status.isPaused());
        CaseActivityRepository.logTime(tx, id, maker.id(), min(start.plusDays(1), today), Math.max(5, (int)
                Math.round(type.standardMinutes() * (0.6 + rnd.nextDouble() * 0.8))));
        if (status != CaseStatus.DONE && status != CaseStatus.CITY_APPROVAL) {
            return save(c.withStatus(status, status.isPaused() ? CaseStatus.IN_PROGRESS : null), status.label());
        }
        int sendBacks = 0;
        if (rnd.nextInt(100) < 6) {
            CaseActivityRepository.addReview(
                    tx,
                    id,
                    checker.id(),
                    maker.id(),
                    ReviewOutcome.SENT_BACK,
                    "記載内容と入力値の相違あり",
                    List.of(ERRORS[rnd.nextInt(ERRORS.length)]));
            sendBacks = 1;
        }
        for (ChecklistItem item : type.checklist()) {
            if (item.secondPerson()) {
                CaseActivityRepository.tick(tx, id, item.id(), checker.id(), "");
            }
        }
        CaseActivityRepository.addReview(tx, id, checker.id(), maker.id(), ReviewOutcome.APPROVED, "", List.of());
        CaseActivityRepository.logTime(tx, id, checker.id(), done, Math.max(5, type.standardMinutes() / 4));
        if (status == CaseStatus.CITY_APPROVAL) {
            return save(c.withStatus(status, null).withProgress(done, null, sendBacks), "承認・市決裁待ち");
        }
        LocalDate completed = min(
                type.checklist().stream().anyMatch(ChecklistItem::cityStep)
                        ? calendar.addBusinessDays(done, 1 + rnd.nextInt(3))
                        : done,
                today);
        for (ChecklistItem item : type.checklist()) {
            if (item.cityStep()) {
                CaseActivityRepository.tick(tx, id, item.id(), maker.id(), "市決裁済");
            }
        }
        if (rnd.nextInt(100) < 3) {
            CaseActivityRepository.comment(tx, id, maker.id(), "申請者へ結果を連絡済み");
        }
        return save(c.withStatus(CaseStatus.DONE, null).withProgress(done, completed, sendBacks), "承認・完了");
    }

    private long save(CaseFile changed, String action) throws SQLException {
        CaseRepository.save(
                tx, changed, action, CaseRepository.loadForUpdate(tx.connection(), changed.id(), changed.version()));
        return changed.id();
    }

    /** Older cases are finished; the last weeks' cases are spread over the working states. */
    private CaseStatus statusOn(long ageDays) {
        int r = rnd.nextInt(100);
        if (ageDays > 45) {
            return r < 3 ? CaseStatus.WITHDRAWN : CaseStatus.DONE;
        }
        if (ageDays <= 1) {
            return r < 70 ? CaseStatus.RECEIVED : CaseStatus.IN_PROGRESS;
        }
        if (ageDays <= 10) {
            return r < 10
                    ? CaseStatus.RECEIVED
                    : r < 50
                            ? CaseStatus.IN_PROGRESS
                            : r < 75
                                    ? CaseStatus.AWAITING_CHECK
                                    : r < 85
                                            ? CaseStatus.WAITING_REQUESTER
                                            : r < 90 ? CaseStatus.ON_HOLD : CaseStatus.DONE;
        }
        return r < 10
                ? CaseStatus.IN_PROGRESS
                : r < 15
                        ? CaseStatus.ON_HOLD
                        : r < 22 ? CaseStatus.CITY_APPROVAL : r < 24 ? CaseStatus.WITHDRAWN : CaseStatus.DONE;
    }

    /** Mostly between the start and the due date, a few percent late. */
    private LocalDate centreDone(LocalDate start, LocalDate due) {
        if (due == null || !due.isAfter(start)) {
            return calendar.addBusinessDays(start, 1 + rnd.nextInt(3));
        }
        if (rnd.nextInt(100) < 4) {
            return calendar.addBusinessDays(due, 1 + rnd.nextInt(4));
        }
        LocalDate d = start.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(start, due) + 1));
        return calendar.isBusinessDay(d)
                ? d
                : calendar.previousBusinessDay(d).isBefore(start) ? due : calendar.previousBusinessDay(d);
    }

    /** The maker's steps before the double check: all of them, or (work in progress) the first few. */
    private void tickMakerSteps(long id, boolean partly) throws SQLException {
        List<ChecklistItem> steps = type.checklist().stream()
                .filter(i -> !i.secondPerson() && !i.cityStep())
                .toList();
        int n = partly ? rnd.nextInt(steps.size() + 1) : steps.size();
        for (ChecklistItem item : steps.subList(0, n)) {
            if (item.required() || rnd.nextInt(10) < 7) {
                CaseActivityRepository.tick(tx, id, item.id(), maker.id(), "");
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
