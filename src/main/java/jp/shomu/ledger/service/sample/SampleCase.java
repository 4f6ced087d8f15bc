package jp.shomu.ledger.service.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.cases.PauseKind;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.cases.CaseWorkflow;
import jp.shomu.ledger.store.cases.CaseActivityRepository;
import jp.shomu.ledger.store.cases.CaseRepository;

/** One sample case played forward a day at a time, the way an operator and a checker would work it. */
final class SampleCase {
    private static final String[] ERRORS = {
        "INPUT", "CALCULATION", "OMISSION", "MISSED_DEFECT", "DEADLINE", "RULE", "OTHER"
    };
    private static final String[] INQUIRIES = {"添付書類(証明書)の不足", "記載内容の不一致", "押印・署名の漏れ", "期間の記載誤り"};

    private final SampleLedger sample;
    private final TaskType type;
    private final long id;
    private final StaffMember maker;
    private final StaffMember checker;
    /** Some cases are slow or stuck, so the sample shows warnings and overdue cases. */
    private final double pace;

    private LocalDate resumeOn;
    private LocalDate cityDoneOn;
    private boolean finished;

    private SampleCase(
            SampleLedger sample, TaskType type, long id, StaffMember maker, StaffMember checker, double pace) {
        this.sample = sample;
        this.type = type;
        this.id = id;
        this.maker = maker;
        this.checker = checker;
        this.pace = pace;
    }

    static SampleCase receive(SampleLedger sample, TaskType type, LocalDate day) {
        Random rnd = sample.rnd();
        List<StaffMember> team = sample.team(type);
        StaffMember maker = team.get(rnd.nextInt(team.size()));
        StaffMember checker = team.get((team.indexOf(maker) + 1 + rnd.nextInt(team.size() - 1)) % team.size());
        Map<String, String> values = SampleValues.fields(type, day, rnd, sample.staffNames());
        String subject = SampleValues.subject(type, values, sample.nextSerial());
        long id = new CaseService(sample.ctx()).create(maker, type.code(), subject, values);
        double pace = rnd.nextInt(100) < 6 ? 0.12 : 0.75 + rnd.nextDouble() * 0.25;
        return new SampleCase(sample, type, id, maker, checker, pace);
    }

    boolean finished() {
        return finished;
    }

    /** Works the case for one day: usually several steps, sometimes none (a slow case, a busy day). */
    void advance(LocalDate day) {
        Random rnd = sample.rnd();
        for (int step = 0; step < 4 && !finished && rnd.nextDouble() < pace; step++) {
            if (!step(day)) {
                return;
            }
        }
    }

    /** One step forward; false when the case must wait for another day (a pause, the city, the checker). */
    private boolean step(LocalDate day) {
        Random rnd = sample.rnd();
        CaseWorkflow wf = new CaseWorkflow(sample.ctx());
        CaseFile c = current();
        switch (c.status()) {
            case RECEIVED -> {
                if (rnd.nextInt(100) < 10) {
                    wf.pause(maker, id, c.version(), PauseKind.REQUESTER, INQUIRIES[rnd.nextInt(INQUIRIES.length)], "");
                    resumeOn = day.plusDays(2 + rnd.nextInt(5));
                    return false;
                }
                if (rnd.nextInt(100) < 2) {
                    wf.withdraw(maker, id, c.version(), "申請者からの取下げ");
                    finished = true;
                    return false;
                }
                wf.start(maker, id, c.version());
                return true;
            }
            case WAITING_REQUESTER, ON_HOLD -> {
                if (day.isBefore(resumeOn)) {
                    return false;
                }
                wf.resume(maker, id, c.version(), c.status() == CaseStatus.ON_HOLD ? "市の判断: 要件を満たす" : "書類の提出あり");
                return true;
            }
            case IN_PROGRESS -> {
                return work(wf, c, day);
            }
            case AWAITING_CHECK -> {
                check(wf, c, day);
                return false;
            }
            case CITY_APPROVAL -> {
                if (cityDoneOn == null) {
                    cityDoneOn = day.plusDays(rnd.nextInt(3));
                }
                if (day.isBefore(cityDoneOn)) {
                    return false;
                }
                tickRemaining(wf, false);
                wf.complete(maker, id, current().version());
                finished = true;
                return false;
            }
            default -> {
                finished = true;
                return false;
            }
        }
    }

    private boolean work(CaseWorkflow wf, CaseFile c, LocalDate day) {
        Random rnd = sample.rnd();
        if (rnd.nextInt(100) < 4 && c.sendBackCount() == 0) {
            wf.pause(maker, id, c.version(), PauseKind.CITY_HOLD, "受託者で判断できない要件の確認", "見本局 人事課 給与係");
            resumeOn = day.plusDays(3 + rnd.nextInt(4));
            return false;
        }
        int firstCheck = firstSecondPersonIndex();
        for (ChecklistItem item : type.checklist().subList(0, firstCheck)) {
            if (!item.cityStep() && (item.required() || rnd.nextBoolean()) && !ticked(item)) {
                wf.tick(maker, id, item.id(), "");
            }
        }
        wf.logTime(maker, id, day, Math.max(5, (int)
                Math.round(type.standardMinutes() * (0.6 + rnd.nextDouble() * 0.8))));
        wf.submitForCheck(maker, id, current().version());
        return true;
    }

    private void check(CaseWorkflow wf, CaseFile c, LocalDate day) {
        Random rnd = sample.rnd();
        if (rnd.nextInt(100) < 12) {
            String category = ERRORS[rnd.nextInt(ERRORS.length)];
            wf.sendBack(checker, id, c.version(), List.of(category), "記載内容と入力値の相違あり。確認のうえ修正してください。");
            return;
        }
        for (ChecklistItem item : type.checklist()) {
            if (item.secondPerson() && !ticked(item)) {
                wf.tick(checker, id, item.id(), "");
            }
        }
        wf.logTime(checker, id, day, Math.max(5, type.standardMinutes() / 4));
        long v = wf.approve(checker, id, current().version(), "");
        if (current().status() == CaseStatus.DONE) {
            finished = true;
        } else if (v > 0) {
            tickRemaining(wf, true);
        }
    }

    /** Ticks the steps left after the double check; the city's steps only once the city has decided. */
    private void tickRemaining(CaseWorkflow wf, boolean skipCity) {
        for (ChecklistItem item : type.checklist()) {
            if (item.required() && !item.secondPerson() && !ticked(item) && !(skipCity && item.cityStep())) {
                wf.tick(maker, id, item.id(), item.cityStep() ? "市決裁済" : "");
            }
        }
    }

    private int firstSecondPersonIndex() {
        int i = 0;
        while (i < type.checklist().size() && !type.checklist().get(i).secondPerson()) {
            i++;
        }
        return i;
    }

    private boolean ticked(ChecklistItem item) {
        return sample.ctx().ledger().read(c -> CaseActivityRepository.ticks(c, id)).stream()
                .anyMatch(t -> t.itemId().equals(item.id()));
    }

    private CaseFile current() {
        return sample.ctx().ledger().read(c -> CaseRepository.get(c, id)).orElseThrow();
    }
}
