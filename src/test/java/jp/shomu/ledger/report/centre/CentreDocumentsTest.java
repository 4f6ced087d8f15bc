package jp.shomu.ledger.report.centre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.centre.Incident;
import jp.shomu.ledger.domain.centre.IncidentKind;
import jp.shomu.ledger.domain.centre.IncidentStatus;
import jp.shomu.ledger.domain.centre.Meeting;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.centre.ImprovementService;
import jp.shomu.ledger.service.centre.IncidentService;
import jp.shomu.ledger.service.centre.MeetingService;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printable documents hold what the spec asks for, on A4 fitted to the width. With -Dcentre.samples=DIR the
 * files are also copied there, to render them to PDF and look at them (docs/CENTRE.md).
 */
class CentreDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void theIncidentReportImprovementReportAndMeetingMaterialSayWhatTheSpecAsks() throws Exception {
        try (LedgerContext ctx = TestLedger.create(dir)) {
            StaffMember leader = TestLedger.who(ctx, "leader");
            IncidentService incidents = new IncidentService(ctx);
            long id = incidents.add(
                    leader, IncidentKind.NETWORK, LocalDateTime.of(2027, 4, 12, 9, 5), "庁内LANの回線断(3階センター室)", false);
            Incident i = incidents.get(leader, id);
            i = incidents.reportedToCity(leader, id, i.version(), LocalDateTime.of(2027, 4, 12, 9, 50));
            incidents.saveHandling(
                    leader,
                    id,
                    i.version(),
                    "給与支給事務・旅費支給事務の入力が約2時間停止。期限に影響した案件なし。",
                    "情報政策課へ連絡し、予備回線へ切替え。停止中は紙の受付簿で受付を継続。",
                    LocalDateTime.of(2027, 4, 12, 11, 20),
                    "フロアスイッチの電源装置の故障",
                    "予備電源装置を常備し、月次点検の項目に加える。回線断時の受付手順を危機管理対応マニュアルに追記。",
                    IncidentStatus.CLOSED);
            incidents.add(
                    leader,
                    IncidentKind.PERSONAL_INFORMATION,
                    LocalDateTime.of(2027, 4, 12, 9, 30),
                    "証明書の誤送付(1件)",
                    false);
            long improvement = new ImprovementService(ctx)
                    .add(leader, "旅費の経路確認を経路検索の画面写しで代替", "経路の手計算をやめ、画面写しの添付で確認する。", List.of("2-7"), null, 3);
            Meeting m = new MeetingService(ctx).add(leader, LocalDate.of(2027, 5, 20), "市 総務課長、同係長、管理責任者、業務責任者");

            Path incidentFile = dir.resolve("incident.xlsx");
            Path improvementFile = dir.resolve("improvement.xlsx");
            Path materialFile = dir.resolve("meeting.xlsx");
            CentreDocuments.incidentReport(ctx, leader, id, incidentFile);
            CentreDocuments.improvementReport(ctx, leader, improvement, improvementFile);
            CentreDocuments.meetingMaterial(ctx, leader, m.id(), materialFile);

            String incidentText = text(incidentFile);
            assertTrue(incidentText.contains("再発防止策"), incidentText);
            assertTrue(incidentText.contains("予備電源装置を常備"), incidentText);
            assertTrue(incidentText.contains("令和9年4月12日 9:50(発生から 45分)"), incidentText);
            assertTrue(incidentText.contains("2-7 旅費支給事務") || !incidentText.contains("遅延した業務"));
            String improvementText = text(improvementFile);
            assertTrue(improvementText.contains("2-7 旅費支給事務"), improvementText);
            assertTrue(improvementText.contains("期待される効果"), improvementText);
            String material = text(materialFile);
            assertTrue(material.contains("議事録の提出期限"), material);
            assertTrue(material.contains("令和9年5月27日"), "5 business days after Thu 5/20: " + material);
            assertTrue(material.contains("証明書の誤送付"), material);
            for (Path p : List.of(incidentFile, improvementFile, materialFile)) {
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
                    Sheet s = wb.getSheetAt(0);
                    assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
                    assertEquals(1, s.getPrintSetup().getFitWidth());
                    assertEquals("&P / &N", s.getFooter().getCenter());
                }
            }
            String samples = System.getProperty("centre.samples");
            if (samples != null) {
                Files.createDirectories(Path.of(samples));
                for (Path p : List.of(incidentFile, improvementFile, materialFile)) {
                    Files.copy(p, Path.of(samples).resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String text(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    cells.add(c.toString());
                }
            }
        }
        return String.join("\n", cells);
    }
}
