package jp.shomu.ledger.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.FiscalYear;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.forecast.Forecast;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.people.ForecastWorkbook;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.people.ForecastService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The workload and staffing forecast of a fiscal year (issue 17): one line per month and 大区分, and a workbook. */
@Command(
        name = "forecast",
        description = "業務量・要員見通し。月と大区分ごとに1行:" + " YYYY-MM<TAB>大区分<TAB>見込件数<TAB>必要時間<TAB>投入可能時間<TAB>実績時間(時間は小数1桁)")
final class ForecastCommand extends CaseCommand.Acting {
    @Option(names = "--fiscal-year", required = true, paramLabel = "YYYY", description = "年度(2026 = 2026年4月〜2027年3月)")
    int fiscalYear;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "グラフ付きの Excel ファイルも書き出す")
    Path out;

    @Override
    Integer run(LedgerContext ctx, StaffMember me) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new InvalidInputException("--fiscal-year は西暦の年度で指定してください(例: 2026): " + fiscalYear);
        }
        if (out != null
                && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("--out は .xlsx ファイルにしてください: " + out);
        }
        ForecastService.Result result = new ForecastService(ctx).forecast(me, new FiscalYear(fiscalYear));
        for (Forecast.MajorMonth r : result.forecast().rows()) {
            out().println(r.month() + "\t" + r.majorCode() + "\t" + r.expectedCases() + "\t" + tenths(r.neededTenths())
                    + "\t" + tenths(r.availableTenths()) + "\t" + tenths(r.actualTenths()));
        }
        if (out != null) {
            ForecastWorkbook.write(result, ctx.catalog(), out);
            err().println("業務量・要員見通しを書き出しました: " + out.toAbsolutePath());
        }
        return ExitCodes.DONE;
    }

    /** Tenths of an hour with one decimal, without floating-point noise. */
    static String tenths(long tenths) {
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
