package jp.shomu.ledger.report.people;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.people.PeopleRosterService.Entry;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 従事者名簿 for submission to the city (spec §12(3)) and the list of designated 特定個人情報 handlers: A4
 * landscape, fit to the page width, the header row repeated on every page.
 */
public final class RosterWorkbook {
    private RosterWorkbook() {}

    public static void write(List<Entry> roster, LocalDate asOf, Path out) {
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            try (XSSFWorkbook wb = build(roster, asOf)) {
                wb.write(os);
            }
        });
    }

    static XSSFWorkbook build(List<Entry> roster, LocalDate asOf) {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle title = wb.createCellStyle();
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
        CellStyle header = bordered(wb);
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle cell = bordered(wb);
        cell.setWrapText(true);
        cell.setVerticalAlignment(VerticalAlignment.TOP);

        Sheet sh = wb.createSheet("従事者名簿");
        text(sh, 0, 0, "従事者名簿(" + Wareki.format(asOf) + "現在)", title);
        String[] head = {"職員番号", "氏名", "役割", "チーム", "従事期間", "契約時間", "担当業務(中区分)", "特定個人情報の取扱い", "研修", "身分証", "状態"};
        for (int i = 0; i < head.length; i++) {
            text(sh, 2, i, head[i], header);
        }
        int r = 3;
        for (Entry e : roster) {
            var t = e.terms();
            text(sh, r, 0, e.staff().employeeNo(), cell);
            text(sh, r, 1, e.staff().name(), cell);
            text(sh, r, 2, e.staff().role().label(), cell);
            text(sh, r, 3, e.staff().team(), cell);
            text(
                    sh,
                    r,
                    4,
                    t == null
                            ? "未登録"
                            : Wareki.format(t.period().serviceFrom()) + "〜"
                                    + (t.period().serviceTo() == null
                                            ? ""
                                            : Wareki.format(t.period().serviceTo())),
                    cell);
            text(
                    sh,
                    r,
                    5,
                    t == null
                            ? ""
                            : hours(t.period().hoursPerDay()) + "時間/日・週"
                                    + t.period().daysPerWeek() + "日",
                    cell);
            text(
                    sh,
                    r,
                    6,
                    t == null || t.period().taskTypes().isEmpty()
                            ? "全般"
                            : t.period().taskTypes().stream().sorted().collect(Collectors.joining("、")),
                    cell);
            text(
                    sh,
                    r,
                    7,
                    e.designatedHandler() ? "指定(" + Wareki.format(t.myNumberSince()) + "、" + t.myNumberBy() + ")" : "—",
                    cell);
            text(
                    sh,
                    r,
                    8,
                    e.trainings().stream()
                            .map(x -> x.course() + "(" + Wareki.format(x.takenOn()) + ")")
                            .collect(Collectors.joining("\n")),
                    cell);
            text(
                    sh,
                    r,
                    9,
                    e.lastBadgeEvent()
                            .map(b -> b.badgeNo() + " "
                                    + switch (b.event()) {
                                        case "ISSUED" -> "交付 " + Wareki.format(b.on());
                                        case "RETURNED" -> "返却 " + Wareki.format(b.on());
                                        default ->
                                            "紛失 " + Wareki.format(b.on()) + "(届出 " + Wareki.format(b.reportedOn())
                                                    + ")";
                                    })
                            .orElse("未交付"),
                    cell);
            text(sh, r, 10, e.staff().active() ? "在籍" : "利用停止", cell);
            r++;
        }
        int[] widths = {10, 14, 10, 12, 26, 18, 20, 26, 32, 38, 8};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256 + 200);
        }
        print(sh, asOf, "従事者名簿");

        Sheet h = wb.createSheet("特定個人情報取扱者");
        text(h, 0, 0, "特定個人情報等を取り扱う事務取扱担当者(" + Wareki.format(asOf) + "現在)", title);
        String[] hh = {"職員番号", "氏名", "チーム", "指定日", "指定者", "担当業務(中区分)", "研修"};
        for (int i = 0; i < hh.length; i++) {
            text(h, 2, i, hh[i], header);
        }
        int rr = 3;
        for (Entry e : roster) {
            if (!e.designatedHandler()) {
                continue;
            }
            text(h, rr, 0, e.staff().employeeNo(), cell);
            text(h, rr, 1, e.staff().name(), cell);
            text(h, rr, 2, e.staff().team(), cell);
            text(h, rr, 3, Wareki.format(e.terms().myNumberSince()), cell);
            text(h, rr, 4, e.terms().myNumberBy(), cell);
            text(
                    h,
                    rr,
                    5,
                    e.terms().period().taskTypes().isEmpty()
                            ? "全般"
                            : e.terms().period().taskTypes().stream().sorted().collect(Collectors.joining("、")),
                    cell);
            text(
                    h,
                    rr,
                    6,
                    e.trainings().stream()
                            .map(x -> x.course() + "(" + Wareki.format(x.takenOn()) + ")")
                            .collect(Collectors.joining("\n")),
                    cell);
            rr++;
        }
        int[] hw = {10, 14, 10, 16, 12, 22, 30};
        for (int i = 0; i < hw.length; i++) {
            h.setColumnWidth(i, hw[i] * 256 + 200);
        }
        print(h, asOf, "特定個人情報取扱者");
        return wb;
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    private static void print(Sheet sh, LocalDate asOf, String title) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(true);
        sh.setDisplayGridlines(false);
        sh.setPrintGridlines(false);
        sh.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        sh.getHeader().setRight("総務事務センター");
        sh.getFooter().setLeft(Wareki.format(asOf) + "現在");
        sh.getFooter().setCenter("&P / &N");
        sh.getFooter().setRight(title);
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void text(Sheet sh, int r, int c, String value, CellStyle style) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        var cell = row.createCell(c);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
