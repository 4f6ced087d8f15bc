package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 個人番号 a person puts into a file name never reaches the hash-chained audit trail, where it could not be removed. */
class MyNumberInAuditTrailTest {
    private static final String NUMBER = "663923321461";

    @TempDir
    Path dir;

    private String auditText(String ledger) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT entity_id, action, coalesce(before,''), coalesce(after,'') FROM audit_log")) {
            while (rs.next()) {
                all.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|');
                all.append(rs.getString(3)).append('|').append(rs.getString(4)).append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void aNumberInAnImportOrExportFileNameIsKeptOutOfTheAuditTrail() throws Exception {
        String ledger = dir.resolve("l.db").toString();
        CliRunner me = new CliRunner("tester");
        assertEquals(0, me.run("init", "--ledger", ledger).code());
        Path csv = dir.resolve("個人番号" + NUMBER + ".csv");
        Files.writeString(
                csv,
                "中区分,件名,受付日,依頼者(職員番号),手当種別,認定区分,対象職員,事実発生日,届出受理日,月額\r\n"
                        + "2-2,扶養手当 見本,令和9年4月1日,99001234,扶養,新規,99001234,R9.3.20,2027/4/1,\"¥12,000\"\r\n",
                StandardCharsets.UTF_8);
        CliRunner.Result imported = me.run("import", "cases", "--ledger", ledger, "--file", csv.toString());
        assertEquals(0, imported.code(), imported.err());
        Path out = dir.resolve("出力" + NUMBER + ".xlsx");
        CliRunner.Result exported = me.run("export", "--ledger", ledger, "--out", out.toString());
        assertEquals(0, exported.code(), exported.err());

        String audit = auditText(ledger);
        assertFalse(audit.contains(NUMBER), audit);
        assertTrue(audit.contains("個人番号＊＊＊＊＊＊＊＊＊＊＊＊.csv"), audit);
        assertTrue(audit.contains("出力＊＊＊＊＊＊＊＊＊＊＊＊.xlsx"), audit);
        CliRunner.Result verify = me.run("verify", "--ledger", ledger);
        assertEquals(0, verify.code(), verify.out() + verify.err());
    }
}
