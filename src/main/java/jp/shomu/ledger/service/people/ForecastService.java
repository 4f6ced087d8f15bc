package jp.shomu.ledger.service.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.forecast.Forecast;
import jp.shomu.ledger.domain.forecast.ForecastInput;
import jp.shomu.ledger.domain.forecast.ServicePeriod;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.Role;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.people.ForecastQueries;
import jp.shomu.ledger.store.people.StaffTermsRepository;
import jp.shomu.ledger.store.settings.StaffRepository;

/**
 * The workload and staffing forecast of a fiscal year, read from the ledger in one go.
 *
 * <p>Capacity: the 従事者名簿's terms of service. An active 担当者 or 業務責任者 without any terms on the roster is
 * counted as full time (7.75 h × 5 days, the whole year, any task type) and reported as assumed, so the figure is
 * never silently short; enter their terms to replace the assumption.
 */
public final class ForecastService {
    /** The forecast, and how many people its capacity rests on: with terms entered, and assumed full time. */
    public record Result(Forecast forecast, int staffWithTerms, int staffAssumed) {}

    private final LedgerContext ctx;

    public ForecastService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public Result forecast(StaffMember actor, FiscalYear year) {
        Permissions.require(actor, Action.READ_CASES);
        FiscalYear last = new FiscalYear(year.year() - 1);
        return ctx.ledger().read(c -> {
            List<ServicePeriod> periods = new ArrayList<>(StaffTermsRepository.periods(c));
            Set<Long> withTerms = new HashSet<>();
            periods.forEach(p -> withTerms.add(p.staffId()));
            int assumed = 0;
            for (StaffMember s : StaffRepository.all(c)) {
                if (s.active()
                        && (s.role() == Role.OPERATOR || s.role() == Role.LEADER)
                        && !withTerms.contains(s.id())) {
                    LocalDate from = year.start();
                    periods.add(new ServicePeriod(s.id(), from, from, null, Forecast.PERSON_DAY_HOURS, 5, Set.of()));
                    assumed++;
                }
            }
            ForecastInput in = new ForecastInput(
                    ctx.catalog(),
                    year,
                    ctx.calendar(),
                    periods,
                    ForecastQueries.monthsInUse(c, last.start(), last.end()),
                    ForecastQueries.received(c, last.start(), last.end()),
                    ForecastQueries.received(c, year.start(), year.end()),
                    ForecastQueries.minutes(c, year.start(), year.end()));
            return new Result(Forecast.compute(in), withTerms.size(), assumed);
        });
    }
}
