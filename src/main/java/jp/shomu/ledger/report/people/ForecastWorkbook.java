package jp.shomu.ledger.report.people;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.MajorCategory;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.forecast.Forecast;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.people.ForecastService;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workload and staffing forecast as an Excel workbook for the monthly meeting: a sheet per month with two charts
 * (demand against capacity, plan against actual), the 大区分 with the spec's reference hours, and the 中区分. A4,
 * landscape, fit to the page width.
 */
public final class ForecastWorkbook {
    /** The monthly sheet's rows of April … March (0-based), under its three heading rows. */
    private static final int FIRST_MONTH_ROW = 4;

    private static final int LAST_MONTH_ROW = 15;

    private static final String TITLE = "業務量・要員見通し";

    private ForecastWorkbook() {}

    public static void write(ForecastService.Result result, Catalog catalog, Path out) {
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            try (XSSFWorkbook wb = build(result, catalog)) {
                wb.write(os);
            }
        });
    }

    static XSSFWorkbook build(ForecastService.Result result, Catalog catalog) {
        Forecast f = result.forecast();
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        String period = f.year().year() + "年度";
        monthSheet(wb, st, f, result, period);
        majorSheet(wb, st, f, period);
        typeSheet(wb, st, f, catalog, period);
        return wb;
    }

    private static void monthSheet(
            XSSFWorkbook wb, Styles st, Forecast f, ForecastService.Result result, String period) {
        XSSFSheet sh = wb.createSheet("月別");
        text(sh, 0, 0, period + " " + TITLE + "(月別)", st.title);
        text(
                sh,
                1,
                0,
                "必要時間 = 見込件数 × 標準分(前年度に台帳を使った月は前年度の実績件数)。投入可能時間 = 従事者名簿の契約時間 × 営業日。"
                        + "名簿に勤務条件のある職員 " + result.staffWithTerms() + "人"
                        + (result.staffAssumed() > 0
                                ? "、勤務条件未登録で常勤(7.75時間×週5日)と仮定した職員 " + result.staffAssumed() + "人"
                                : ""),
                st.note);
        wrapNote(sh, 1, 7);
        String[] head = {"月", "営業日", "見込件数", "必要時間", "投入可能時間", "過不足(人日)", "実績件数", "実績時間"};
        header(sh, 3, head, st);
        int r = 4;
        for (YearMonth m : f.months()) {
            Forecast.MajorMonth t = f.monthTotal(m);
            text(sh, r, 0, m.getMonthValue() + "月", st.cell);
            num(sh, r, 1, f.businessDays(m), st.integer);
            num(sh, r, 2, t.expectedCases(), st.integer);
            num(sh, r, 3, t.hoursNeeded(), st.decimal);
            num(sh, r, 4, t.hoursAvailable(), st.decimal);
            num(sh, r, 5, t.gapPersonDays(), st.decimal);
            num(sh, r, 6, t.actualCases(), st.integer);
            num(sh, r, 7, t.actualHours(), st.decimal);
            r++;
        }
        text(sh, r, 0, "年度計", st.total);
        Forecast.MajorMonth y = sum(f);
        num(sh, r, 1, f.months().stream().mapToInt(f::businessDays).sum(), st.totalInteger);
        num(sh, r, 2, y.expectedCases(), st.totalInteger);
        num(sh, r, 3, y.hoursNeeded(), st.totalDecimal);
        num(sh, r, 4, y.hoursAvailable(), st.totalDecimal);
        num(sh, r, 5, y.gapPersonDays(), st.totalDecimal);
        num(sh, r, 6, y.actualCases(), st.totalInteger);
        num(sh, r, 7, y.actualHours(), st.totalDecimal);
        text(sh, r + 1, 0, "過不足(人日)は (必要時間 − 投入可能時間) ÷ 7.75時間。正の値は不足、負の値は余裕。", st.note);
        wrapNote(sh, r + 1, 7);
        widths(sh, 12, 8, 11, 12, 13, 13, 11, 11);

        XSSFDrawing drawing = sh.createDrawingPatriarch();
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(
                sh, new CellRangeAddress(FIRST_MONTH_ROW, LAST_MONTH_ROW, 0, 0));
        XSSFChart demand = chart(drawing, 0, 19, 8, 37, "需要と供給(月別、時間)");
        barsAndLine(demand, months, monthColumn(sh, 3), "必要時間", monthColumn(sh, 4), "投入可能時間");
        XSSFChart plan = chart(drawing, 0, 38, 8, 56, "計画と実績(月別、時間)");
        barsAndLine(plan, months, monthColumn(sh, 3), "必要時間(計画)", monthColumn(sh, 7), "実績時間");
        printSetup(sh, false, period);
        sh.setRowBreak(37);
    }

    private static void majorSheet(XSSFWorkbook wb, Styles st, Forecast f, String period) {
        XSSFSheet sh = wb.createSheet("大区分別");
        text(sh, 0, 0, period + " " + TITLE + "(大区分別)", st.title);
        text(sh, 1, 0, "仕様書の参照時間(【参考】集約化対象業務)を、計画(必要時間)と実績の横に示す。", st.note);
        wrapNote(sh, 1, 7);
        header(sh, 3, new String[] {"大区分", "名称", "仕様書参照時間", "必要時間(計画)", "投入可能時間", "実績時間", "見込件数", "実績件数"}, st);
        int r = 4;
        double ref = 0;
        for (MajorCategory m : f.majors()) {
            Forecast.MajorMonth y = f.yearTotal(m.code());
            text(sh, r, 0, m.code(), st.cell);
            text(sh, r, 1, m.name(), st.cell);
            num(sh, r, 2, m.referenceAnnualHours(), st.decimal);
            num(sh, r, 3, y.hoursNeeded(), st.decimal);
            num(sh, r, 4, y.hoursAvailable(), st.decimal);
            num(sh, r, 5, y.actualHours(), st.decimal);
            num(sh, r, 6, y.expectedCases(), st.integer);
            num(sh, r, 7, y.actualCases(), st.integer);
            ref += m.referenceAnnualHours();
            r++;
        }
        Forecast.MajorMonth y = sum(f);
        text(sh, r, 0, "計", st.total);
        text(sh, r, 1, "", st.total);
        num(sh, r, 2, ref, st.totalDecimal);
        num(sh, r, 3, y.hoursNeeded(), st.totalDecimal);
        num(sh, r, 4, y.hoursAvailable(), st.totalDecimal);
        num(sh, r, 5, y.actualHours(), st.totalDecimal);
        num(sh, r, 6, y.expectedCases(), st.totalInteger);
        num(sh, r, 7, y.actualCases(), st.totalInteger);
        int chartTop = r + 2;
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        XSSFChart c = chart(drawing, 0, chartTop, 8, chartTop + 18, "大区分別 年間時間(仕様書・計画・実績)");
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromStringCellRange(sh, new CellRangeAddress(4, r - 1, 1, 1));
        XDDFCategoryAxis x = c.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis v = c.createValueAxis(AxisPosition.LEFT);
        v.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData bars = (XDDFBarChartData) c.createData(ChartTypes.BAR, x, v);
        bars.setBarDirection(BarDirection.COL);
        String[] labels = {"仕様書参照時間", "必要時間(計画)", "実績時間"};
        int[] cols = {2, 3, 5};
        PresetColor[] colors = {PresetColor.GRAY, PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE};
        for (int i = 0; i < 3; i++) {
            XDDFChartData.Series s = bars.addSeries(
                    names,
                    XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(4, r - 1, cols[i], cols[i])));
            s.setTitle(labels[i], null);
            fill(s, colors[i]);
        }
        c.plot(bars);

        int t = chartTop + 20;
        text(sh, t, 0, "月別・大区分別(コマンド forecast の出力と同じ)", st.subtitle);
        header(sh, t + 1, new String[] {"月", "大区分", "見込件数", "必要時間", "投入可能時間", "実績時間", "過不足(人日)", "実績件数"}, st);
        int rr = t + 2;
        for (Forecast.MajorMonth m : f.rows()) {
            text(sh, rr, 0, m.month().toString(), st.cell);
            text(sh, rr, 1, m.majorCode(), st.cell);
            num(sh, rr, 2, m.expectedCases(), st.integer);
            num(sh, rr, 3, m.hoursNeeded(), st.decimal);
            num(sh, rr, 4, m.hoursAvailable(), st.decimal);
            num(sh, rr, 5, m.actualHours(), st.decimal);
            num(sh, rr, 6, m.gapPersonDays(), st.decimal);
            num(sh, rr, 7, m.actualCases(), st.integer);
            rr++;
        }
        widths(sh, 10, 16, 14, 14, 13, 11, 12, 11);
        printSetup(sh, false, period);
        sh.setRowBreak(t - 1);
    }

    private static void typeSheet(XSSFWorkbook wb, Styles st, Forecast f, Catalog catalog, String period) {
        XSSFSheet sh = wb.createSheet("中区分別");
        text(sh, 0, 0, period + " " + TITLE + "(中区分別)", st.title);
        text(sh, 1, 0, "実績分/件 = 実績時間 ÷ 実績件数(受付月の件数で割った目安)。", st.note);
        wrapNote(sh, 1, 8);
        header(sh, 3, new String[] {"中区分", "名称", "標準分/件", "年間件数(カタログ)", "見込件数", "必要時間", "実績件数", "実績時間", "実績分/件"}, st);
        int r = 4;
        for (TaskType t : catalog.taskTypes()) {
            List<Forecast.TypeMonth> tm = f.typeMonths().stream()
                    .filter(x -> x.typeCode().equals(t.code()))
                    .toList();
            long expected =
                    tm.stream().mapToLong(Forecast.TypeMonth::expectedCases).sum();
            long minutes =
                    tm.stream().mapToLong(Forecast.TypeMonth::minutesNeeded).sum();
            long actualCases =
                    tm.stream().mapToLong(Forecast.TypeMonth::actualCases).sum();
            long actualMinutes =
                    tm.stream().mapToLong(Forecast.TypeMonth::actualMinutes).sum();
            text(sh, r, 0, t.code(), st.cell);
            text(sh, r, 1, t.name(), st.cell);
            num(sh, r, 2, t.standardMinutes(), st.integer);
            num(sh, r, 3, t.annualCases(), st.integer);
            num(sh, r, 4, expected, st.integer);
            num(sh, r, 5, Math.round(minutes / 6.0) / 10.0, st.decimal);
            num(sh, r, 6, actualCases, st.integer);
            num(sh, r, 7, Math.round(actualMinutes / 6.0) / 10.0, st.decimal);
            if (actualCases > 0) {
                num(sh, r, 8, (double) actualMinutes / actualCases, st.decimal);
            } else {
                text(sh, r, 8, "—", st.cell);
            }
            r++;
        }
        widths(sh, 8, 34, 10, 14, 10, 11, 10, 11, 10);
        printSetup(sh, true, period);
        sh.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
    }

    /** A note across the table's width, wrapped, so it never widens the printed page. */
    private static void wrapNote(XSSFSheet sh, int r, int lastCol) {
        sh.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
        sh.getRow(r).getCell(0).getCellStyle().setWrapText(true);
        sh.getRow(r).setHeightInPoints(26);
    }

    private static Forecast.MajorMonth sum(Forecast f) {
        long[] s = new long[5];
        for (Forecast.MajorMonth m : f.rows()) {
            s[0] += m.expectedCases();
            s[1] += m.neededTenths();
            s[2] += m.availableTenths();
            s[3] += m.actualCases();
            s[4] += m.actualTenths();
        }
        return new Forecast.MajorMonth(null, "", s[0], s[1], s[2], s[3], s[4]);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int col1, int row1, int col2, int row2, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /** Bars for the first series, a line over them for the second, on the same axes. */
    private static void barsAndLine(
            XSSFChart chart,
            XDDFDataSource<String> months,
            XDDFNumericalDataSource<Double> barValues,
            String barTitle,
            XDDFNumericalDataSource<Double> lineValues,
            String lineTitle) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setTitle("時間");
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        XDDFChartData.Series b = bars.addSeries(months, barValues);
        b.setTitle(barTitle, null);
        fill(b, PresetColor.STEEL_BLUE);
        chart.plot(bars);
        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        XDDFLineChartData.Series l = (XDDFLineChartData.Series) line.addSeries(months, lineValues);
        l.setTitle(lineTitle, null);
        l.setSmooth(false);
        l.setMarkerStyle(org.apache.poi.xddf.usermodel.chart.MarkerStyle.CIRCLE);
        XDDFShapeProperties props = new XDDFShapeProperties();
        XDDFLineProperties lp = new XDDFLineProperties();
        lp.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DARK_ORANGE)));
        lp.setWidth(2.5);
        props.setLineProperties(lp);
        l.setShapeProperties(props);
        chart.plot(line);
    }

    private static void fill(XDDFChartData.Series s, PresetColor color) {
        XDDFShapeProperties props = new XDDFShapeProperties();
        props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        s.setShapeProperties(props);
    }

    private static void printSetup(Sheet sh, boolean landscape, String period) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setHorizontallyCenter(true);
        sh.setDisplayGridlines(false);
        sh.setPrintGridlines(false);
        sh.getHeader().setRight("総務事務センター");
        sh.getFooter().setLeft(period);
        sh.getFooter().setCenter("&P / &N");
        sh.getFooter().setRight(TITLE);
    }

    private static void widths(Sheet sh, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sh.setColumnWidth(i, chars[i] * 256 + 200);
        }
    }

    private static Row row(Sheet sh, int r) {
        Row row = sh.getRow(r);
        return row == null ? sh.createRow(r) : row;
    }

    private static void text(Sheet sh, int r, int c, String value, CellStyle style) {
        var cell = row(sh, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void num(Sheet sh, int r, int c, double value, CellStyle style) {
        var cell = row(sh, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void header(Sheet sh, int r, String[] labels, Styles st) {
        for (int i = 0; i < labels.length; i++) {
            text(sh, r, i, labels[i], st.header);
        }
    }

    /** The few cell styles of the workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle note;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle total;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font bold = wb.createFont();
            bold.setBold(true);
            Font small = wb.createFont();
            small.setFontHeightInPoints((short) 9);
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            subtitle.setFont(bold);
            note = wb.createCellStyle();
            note.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            note.setFont(small);
            header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            cell = bordered(wb);
            integer = bordered(wb);
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            decimal = bordered(wb);
            decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
            total = bordered(wb);
            total.setFont(bold);
            totalInteger = bordered(wb);
            totalInteger.cloneStyleFrom(integer);
            totalInteger.setFont(bold);
            totalDecimal = bordered(wb);
            totalDecimal.cloneStyleFrom(decimal);
            totalDecimal.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    /** The twelve month rows (April … March) of one column of the monthly sheet, as a chart series. */
    private static XDDFNumericalDataSource<Double> monthColumn(XSSFSheet sh, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(
                sh, new CellRangeAddress(FIRST_MONTH_ROW, LAST_MONTH_ROW, column, column));
    }
}
