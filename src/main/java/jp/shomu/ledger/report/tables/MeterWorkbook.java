package jp.shomu.ledger.report.tables;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterColumn;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.MeterService;

/** The 6-2 month as a printable sheet (検針表): every machine, its counters, usage and charge, then by department. */
public final class MeterWorkbook {
    static final String TITLE = "複合機 検針表";

    private MeterWorkbook() {}

    public static void export(LedgerContext ctx, StaffMember viewer, YearMonth month, Path out) {
        MeterService service = new MeterService(ctx);
        List<MeterLine> lines = service.month(viewer, month);
        List<List<Object>> rows = new ArrayList<>();
        long usedMono = 0;
        long usedColour = 0;
        long charge = 0;
        for (MeterLine l : lines) {
            Counts now = l.reading().map(r -> r.counts()).orElse(null);
            rows.add(List.of(
                    l.copier().code(),
                    l.copier().department(),
                    l.last().mono(),
                    l.last().colour(),
                    now == null ? "" : now.mono(),
                    now == null ? "" : now.colour(),
                    l.reading().filter(r -> r.replaced()).isPresent() ? MeterColumn.REPLACED_MARK : "",
                    l.usage().isPresent() ? l.pages().mono() : "",
                    l.usage().isPresent() ? l.pages().colour() : "",
                    BigDecimal.valueOf(l.copier().monoPriceSen(), 2),
                    BigDecimal.valueOf(l.copier().colourPriceSen(), 2),
                    l.charge()));
            usedMono += l.pages().mono();
            usedColour += l.pages().colour();
            charge += l.charge();
        }
        List<Object> totals =
                new ArrayList<>(List.of("", "", "", "", "", "", "", usedMono, usedColour, "", "", charge));
        List<List<Object>> split = new ArrayList<>();
        for (Map.Entry<String, Long> e : service.byDepartment(viewer, month).entrySet()) {
            split.add(List.of(e.getKey(), e.getValue()));
        }
        TableWorkbook.write(
                out,
                TITLE,
                month,
                List.of(
                        new TableWorkbook.Block("検針値と使用料(1円未満切捨て)", MeterColumn.headers(), rows, totals),
                        new TableWorkbook.Block("所属別の内訳", List.of("所属", "使用料(円)"), split, List.of("", charge))));
    }
}
