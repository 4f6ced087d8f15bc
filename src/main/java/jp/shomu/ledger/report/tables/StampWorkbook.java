package jp.shomu.ledger.report.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.PostageLine;
import jp.shomu.ledger.domain.tables.StampBook;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.domain.tables.StampSheet;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.tables.StampService;

/** The 6-1 month as a printable sheet: the stamp register with its count, then the postage by department. */
public final class StampWorkbook {
    private StampWorkbook() {}

    // the cells the sheet works out, as formulas: an edited sheet stays right (docs/TABLES.md)
    private static final TableWorkbook.Formula ISSUED =
            new TableWorkbook.Formula("SUMIF($B${first1}:$B${last1},A{r},$C${first1}:$C${last1})");
    private static final TableWorkbook.Formula BALANCE = new TableWorkbook.Formula("B{r}+C{r}-D{r}");
    private static final TableWorkbook.Formula DIFFERENCE = new TableWorkbook.Formula("IF(F{r}=\"\",\"\",F{r}-E{r})");
    private static final TableWorkbook.Formula WORTH = new TableWorkbook.Formula("E{r}*A{r}");
    private static final TableWorkbook.Formula CHECK = new TableWorkbook.Formula(
            "IF(F{r}=\"\",\"" + StampSheet.FLAG + "\",IF(F{r}-E{r}<>0,\"" + StampSheet.FLAG + "\",\"\"))");
    private static final TableWorkbook.Formula ISSUE_YEN = new TableWorkbook.Formula("B{r}*C{r}");
    private static final TableWorkbook.Formula STAMPS_YEN =
            new TableWorkbook.Formula("SUMIF($A${first1}:$A${last1},A{r},$D${first1}:$D${last1})");
    private static final TableWorkbook.Formula POSTAGE_TOTAL = new TableWorkbook.Formula("B{r}+C{r}");

    private static TableWorkbook.Formula sum(String column) {
        return new TableWorkbook.Formula("SUM(" + column + "{first}:" + column + "{last})");
    }

    public static void export(LedgerContext ctx, StaffMember viewer, YearMonth month, Path out) {
        StampService.StampMonth m = new StampService(ctx).month(viewer, month);
        List<List<Object>> stamps = new ArrayList<>();
        for (StampLine l : m.stamps()) {
            stamps.add(List.of(
                    l.denomination(),
                    l.opening(),
                    l.received(),
                    ISSUED,
                    BALANCE,
                    l.counted().<Object>map(c -> c).orElse(""),
                    DIFFERENCE,
                    WORTH,
                    CHECK));
        }
        List<List<Object>> issued = new ArrayList<>();
        for (StampBook.Issued i : m.issued()) {
            issued.add(List.of(i.department(), i.denomination(), i.quantity(), ISSUE_YEN));
        }
        List<List<Object>> departments = new ArrayList<>();
        for (PostageLine l : m.departments()) {
            departments.add(List.of(l.department(), STAMPS_YEN, l.postageYen(), l.pieces(), POSTAGE_TOTAL));
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
                                List.of("", "", "", "", "", "", "", sum("H"), "")),
                        new TableWorkbook.Block(
                                "払出の内訳(所属別・額面別)",
                                StampSheet.ISSUE_HEADERS,
                                issued,
                                List.of("", "", sum("C"), sum("D"))),
                        new TableWorkbook.Block(
                                "所属別の郵便料(按分)",
                                StampSheet.POSTAGE_HEADERS,
                                departments,
                                List.of("", sum("B"), sum("C"), sum("D"), sum("E")))));
    }
}
