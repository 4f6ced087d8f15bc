package jp.shomu.ledger.report.centre;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shomu.ledger.domain.calendar.Wareki;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.centre.Deliverable;
import jp.shomu.ledger.domain.centre.Improvement;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.report.OutputFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.centre.DeliverableService;
import jp.shomu.ledger.service.centre.ImprovementService;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.service.centre.MeetingService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The centre's printable documents for the city (A4, Excel): the incident report of spec §20(4) (状況, 処理方法,
 * 再発防止策), the improvement report (業務改善報告書, §14(3)キ) and the monthly meeting's material (§13).
 */
public final class CentreDocuments {
    private CentreDocuments() {}

    /** Writes the report of one incident to {@code out} (.xlsx). */
    public static Incident incidentReport(LedgerContext ctx, StaffMember viewer, long id, Path out) {
        requireXlsx(out);
        Incident i = new IncidentService(ctx).get(viewer, id);
        write(out, wb -> {
            FormSheet f = new FormSheet(wb, "緊急対応報告", "緊急対応報告書(危機管理事案)", "事案番号 " + i.id());
            f.subtitle("事案番号 " + i.id() + "　作成日 " + Wareki.format(ctx.today()) + "　受託者 総務事務センター");
            f.section("1 事案の状況");
            f.field("事案の種類", i.kind().label());
            f.field("発生日時", FormSheet.dateTime(i.occurredAt()));
            f.field("概要", i.summary());
            f.field("影響の範囲", impact(ctx.catalog(), i));
            f.field(
                    "個人情報",
                    i.involvesPersonalInformation() ? (i.flagged() ? "該当(市へ未報告 — 直ちに報告すること)" : "該当") : "非該当",
                    i.flagged());
            f.field(
                    "市への報告日時",
                    i.reportedAt() == null
                            ? "未報告"
                            : FormSheet.dateTime(i.reportedAt()) + "(発生から "
                                    + Incident.formatDelay(i.reportDelay().orElseThrow()) + ")",
                    i.reportedAt() == null);
            f.section("2 処理方法");
            f.field("実施した対応", i.actions());
            f.field("復旧日時", FormSheet.dateTime(i.recoveredAt()));
            f.field("対応状況", i.status().label());
            f.section("3 原因と再発防止策");
            f.field("原因", i.cause());
            f.field("再発防止策", i.prevention());
            f.gap();
            f.note("仕様書 20(4): 非常事態等に対し緊急対応を行った場合は、その理由に関わらず、その状況、処理方法及び再発防止策等を委託者に電子により報告する。" + "記録者 " + i.recordedBy()
                    + "、台帳の版 " + i.version() + "。");
        });
        return i;
    }

    /** Writes the improvement report (業務改善報告書) of one proposal to {@code out} (.xlsx). */
    public static Improvement improvementReport(LedgerContext ctx, StaffMember viewer, long id, Path out) {
        requireXlsx(out);
        ImprovementService service = new ImprovementService(ctx);
        Improvement i = service.get(viewer, id);
        long base = service.baseMinutesPerYear(i);
        write(out, wb -> {
            FormSheet f = new FormSheet(wb, "業務改善報告", "業務改善報告書", "改善提案 " + i.id());
            f.subtitle(
                    "提案番号 " + i.id() + "　提案日 " + Wareki.format(i.proposedOn()) + "　作成日 " + Wareki.format(ctx.today()));
            f.section("1 提案");
            f.field("件名", i.title());
            f.field("対象業務", typeNames(ctx.catalog(), i.typeCodes()));
            f.field("内容", i.detail());
            f.field("状態", i.status().label());
            f.section("2 効果");
            f.field("現在の標準時間", hours(base) + "(標準処理時間 × 年間件数)");
            f.field(
                    "期待される効果",
                    hours(i.expectedMinutesPerYear())
                            + (base > 0
                                    ? String.format(
                                            Locale.ROOT, "(現在の %.1f%%)", 100.0 * i.expectedMinutesPerYear() / base)
                                    : ""));
            f.field("測定した効果", i.measuredMinutesPerYear() == null ? "未測定" : hours(i.measuredMinutesPerYear()));
            f.field("測定の説明", i.measuredNote());
            f.gap();
            f.note("提案者 " + i.proposedBy() + "。効果は年間の削減時間(分/年を時間に換算)。");
        });
        return i;
    }

    /**
     * Writes the material for a monthly meeting: the agenda as drafted and edited, and the previous month's incidents,
     * the improvements under way, and the deliverables owed until the next meeting.
     */
    public static Meeting meetingMaterial(LedgerContext ctx, StaffMember viewer, long meetingId, Path out) {
        requireXlsx(out);
        Meeting m = new MeetingService(ctx).get(viewer, meetingId);
        YearMonth month = YearMonth.from(m.heldOn()).minusMonths(1);
        List<Incident> incidents = new IncidentService(ctx).inMonth(viewer, month);
        List<Improvement> improvements = new ImprovementService(ctx).all(viewer);
        LocalDate until = m.heldOn().plusMonths(1);
        List<Deliverable> owed = new DeliverableService(ctx)
                .list(viewer, null).stream()
                        .filter(d -> !d.due().isAfter(until)
                                && (d.state().owed()
                                        || !d.due().isBefore(m.heldOn().minusMonths(1))))
                        .toList();
        write(out, wb -> {
            FormSheet f = new FormSheet(wb, "定例会資料", "月次定例会 資料", Wareki.format(m.heldOn()) + " 開催");
            f.subtitle("開催日 " + Wareki.format(m.heldOn()) + "　対象月 " + Wareki.formatMonth(month));
            f.field("出席者", m.attendees());
            f.field("議題", m.agenda());
            f.field("議事録の提出期限", Wareki.format(m.minutesDue()) + "(開催日の翌日から5営業日目)");
            f.section("1 危機管理事案(" + Wareki.formatMonth(month) + ")");
            List<String[]> rows = new ArrayList<>();
            for (Incident i : incidents) {
                rows.add(new String[] {
                    FormSheet.dateTime(i.occurredAt()),
                    i.kind().label() + "\n" + i.summary(),
                    i.reportedAt() == null
                            ? (i.flagged() ? "未報告\n(個人情報: 直ちに報告)" : "未報告")
                            : Incident.formatDelay(i.reportDelay().orElseThrow()) + "後に報告",
                    i.status().label()
                });
            }
            f.table(new String[] {"発生日時", "種類・概要", "市への報告", "状態"}, new int[] {1, 2, 1, 1}, rows, "該当なし");
            f.section("2 業務改善");
            rows = new ArrayList<>();
            for (Improvement i : improvements) {
                rows.add(new String[] {
                    "第" + i.id() + "号", i.title(), i.status().label(), hours(i.expectedMinutesPerYear())
                });
            }
            f.table(new String[] {"番号", "件名", "状態", "期待効果/年"}, new int[] {1, 2, 1, 1}, rows, "該当なし");
            f.section("3 提出物(次回定例会まで)");
            rows = new ArrayList<>();
            for (Deliverable d : owed) {
                rows.add(new String[] {
                    Wareki.format(d.due()), d.name(), d.period(), d.state().label()
                });
            }
            f.table(new String[] {"期日", "名称", "対象", "状態"}, new int[] {1, 2, 1, 1}, rows, "該当なし");
        });
        return m;
    }

    private interface Content {
        void write(XSSFWorkbook wb);
    }

    private static void write(Path out, Content content) {
        OutputFiles.writeAtomically(out, (OutputStream os) -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                content.write(wb);
                wb.write(os);
            }
        });
    }

    private static void requireXlsx(Path out) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new InvalidInputException("出力先は .xlsx ファイルにしてください: " + out);
        }
    }

    private static String impact(Catalog catalog, Incident i) {
        List<String> parts = new ArrayList<>();
        if (!i.impact().isBlank()) {
            parts.add(i.impact());
        }
        if (!i.impactTypes().isEmpty()) {
            parts.add("遅延した業務: " + typeNames(catalog, i.impactTypes()));
        }
        if (!i.impactCases().isEmpty()) {
            parts.add("遅延した案件: " + i.impactCases().size() + "件(案件番号 "
                    + String.join(
                            "、", i.impactCases().stream().map(String::valueOf).toList()) + ")");
        }
        return String.join("\n", parts);
    }

    private static String typeNames(Catalog catalog, List<String> codes) {
        return String.join(
                "\n",
                codes.stream()
                        .map(c -> c + " "
                                + catalog.taskType(c).map(TaskType::name).orElse(""))
                        .toList());
    }

    /** 12,345分 → "205.8時間(12,345分)" */
    static String hours(long minutes) {
        return String.format(Locale.ROOT, "%,.1f時間(%,d分)", minutes / 60.0, minutes);
    }
}
