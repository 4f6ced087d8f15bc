package jp.shomu.ledger.report.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.PostageLine;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.domain.tables.StampSheet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.StampService;

/** The 6-1 month as a printable sheet: the stamp register with its count, then the postage by department. */
public final class StampWorkbook {
    private StampWorkbook() {}

    public static void export(LedgerContext ctx, StaffMember viewer, YearMonth month, Path out) {
        StampService.StampMonth m = new StampService(ctx).month(viewer, month);
        List<List<Object>> stamps = new ArrayList<>();
        long worth = 0;
        for (StampLine l : m.stamps()) {
            stamps.add(List.of(
                    l.denomination(),
                    l.opening(),
                    l.received(),
                    l.issued(),
                    l.balance(),
                    l.counted().<Object>map(c -> c).orElse(""),
                    l.counted().isPresent() ? (Object) l.difference() : "",
                    l.balanceYen(),
                    l.flagged() ? StampSheet.FLAG : ""));
            worth += l.balanceYen();
        }
        List<List<Object>> departments = new ArrayList<>();
        long stampsYen = 0;
        long postageYen = 0;
        long pieces = 0;
        for (PostageLine l : m.departments()) {
            departments.add(List.of(l.department(), l.stampsYen(), l.postageYen(), l.pieces(), l.total()));
            stampsYen += l.stampsYen();
            postageYen += l.postageYen();
            pieces += l.pieces();
        }
        TableWorkbook.write(
                out,
                "切手受払簿・郵便料",
                month,
                List.of(
                        new TableWorkbook.Block(
                                "切手受払簿(枚)と月末の実査",
                                StampSheet.STAMP_HEADERS,
                                stamps,
                                List.of("", "", "", "", "", "", "", worth, "")),
                        new TableWorkbook.Block(
                                "所属別の郵便料(按分)",
                                StampSheet.POSTAGE_HEADERS,
                                departments,
                                List.of("", stampsYen, postageYen, pieces, stampsYen + postageYen))));
    }
}
