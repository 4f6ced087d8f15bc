package jp.shomu.ledger.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.shomu.ledger.domain.calendar.BusinessCalendar;
import jp.shomu.ledger.domain.calendar.HolidayOverride;
import jp.shomu.ledger.domain.calendar.JapanTime;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.WritePathWarmUp;
import jp.shomu.ledger.store.audit.HeadRecord;
import jp.shomu.ledger.store.audit.RosterIntegrity;
import jp.shomu.ledger.store.settings.CatalogRepository;
import jp.shomu.ledger.store.settings.HolidayOverrideRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/** An open ledger with what every service needs from it: the catalog versions, the business calendar, the clock. */
public final class LedgerContext implements AutoCloseable {
    private final Ledger ledger;
    private final CatalogRepository catalogs;
    private volatile BusinessCalendar calendar;

    public LedgerContext(Ledger ledger) {
        this.ledger = ledger;
        this.catalogs = new CatalogRepository(ledger);
        reloadCalendar();
    }

    public static LedgerContext open(Path file, Clock clock) {
        return open(LedgerLocation.of(file), clock);
    }

    /** Opens a ledger file or a ledger on a PostgreSQL server. */
    public static LedgerContext open(LedgerLocation location, Clock clock) {
        Ledger ledger = Ledger.open(location, clock);
        try {
            // a ledger put back to an older copy behind the app's back is refused before anyone works on it
            HeadRecord.check(ledger).ifPresent(problem -> {
                throw new LedgerException(LedgerProblem.VERIFY_FAILED, problem);
            });
            HeadRecord.record(ledger);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        return new LedgerContext(ledger);
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The ledger's file, as opened (a ledger on a server has none: see {@link #location()}). */
    public Path file() {
        return ledger.file();
    }

    /** Where the ledger lives: its file or its server database. */
    public LedgerLocation location() {
        return ledger.location();
    }

    public Clock clock() {
        return ledger.clock();
    }

    /** Changes whenever another connection (another PC) commits: cheap enough to poll every few seconds. */
    public long dataVersion() {
        return ledger.dataVersion();
    }

    /** Loads the save path's classes ahead of the first save, so that save does not hold the lock while they load. */
    public static void warmUpWritePath() {
        WritePathWarmUp.run();
    }

    public Catalog catalog() {
        return catalogs.current();
    }

    public Catalog catalog(int version) {
        return catalogs.version(version);
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /** Re-reads the holiday overrides after a leader imported the Cabinet Office list. */
    public void reloadCalendar() {
        List<HolidayOverride> overrides = ledger.read(HolidayOverrideRepository::all);
        calendar = BusinessCalendar.standard().withOverrides(overrides);
    }

    public LocalDate today() {
        return JapanTime.today(ledger.clock());
    }

    /**
     * The roster entry of the person logged in; an unknown login may not work in the ledger, and neither may a row
     * that is not exactly as the audit trail last recorded it (added or changed with another tool): every action
     * starts here, so no privilege is taken from a row nobody approved.
     */
    public StaffMember whoIs(String login) {
        StaffMember me =
                ledger.read(c -> StaffRepository.byLogin(c, login)).orElseThrow(() -> new NotInRosterException(login));
        requireAudited(me);
        return me;
    }

    /** Refuses {@code member} if their roster row differs from its last audit image. */
    public void requireAudited(StaffMember member) {
        ledger.read(c -> RosterIntegrity.problem(c, member.id())).ifPresent(problem -> {
            throw new PermissionDeniedException("職員名簿のあなたの行(ログイン名「" + member.login() + "」)は" + problem
                    + "。この行の権限では何も操作できません。管理責任者に連絡し、verify で台帳を検査してください。");
        });
    }

    @Override
    public void close() {
        try {
            HeadRecord.record(ledger); // what this session wrote, so a later rollback to before it is noticed
        } catch (RuntimeException e) {
            // the ledger is unreachable now: the head was recorded at open, the next open records it again
        }
        ledger.close();
    }

    /** Thrown for a login that is not on the roster. */
    public static final class NotInRosterException extends LedgerException {
        private static final long serialVersionUID = 1L;

        NotInRosterException(String login) {
            super(
                    LedgerProblem.NOT_IN_ROSTER,
                    "ログイン名「" + login + "」はこの台帳の職員名簿にありません。" + "業務責任者または管理責任者に名簿への登録を依頼してください。");
        }
    }
}
