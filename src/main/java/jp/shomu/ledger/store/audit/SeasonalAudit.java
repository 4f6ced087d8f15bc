package jp.shomu.ledger.store.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.store.Json;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.seasonal.SeasonalRepository;

/**
 * The seasonal calendar's tables (V12) compared with their last audited images. They are keyed by text (the item; the
 * item and month), not by a number like the tables {@link AuditComparison} pages through, and stay small (seven
 * setups, about a hundred runs a year), so each row is looked up on its own.
 */
final class SeasonalAudit {
    private SeasonalAudit() {}

    static List<String> compare(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        for (String item : ledger.read(c -> Sql.query(c, "SELECT item FROM seasonal_setup", rs -> rs.getString(1)))) {
            check(
                    ledger,
                    "seasonal_setup",
                    item,
                    ledger.read(c -> SeasonalRepository.setupSnapshot(c, item)),
                    "季節業務の設定",
                    problems);
        }
        for (String[] key : ledger.read(c -> Sql.query(c, "SELECT item, occurrence FROM seasonal_run", rs ->
                new String[] {rs.getString(1), rs.getString(2)}))) {
            check(
                    ledger,
                    "seasonal_run",
                    key[0] + "/" + key[1],
                    ledger.read(c -> SeasonalRepository.runSnapshot(c, key[0], key[1])),
                    "季節業務の実行",
                    problems);
        }
        return problems;
    }

    private static void check(
            Ledger ledger, String entity, String key, Map<String, String> now, String what, List<String> problems) {
        String image = ledger.read(c -> Sql.queryOne(
                        c,
                        "SELECT after FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                        rs -> rs.getString(1),
                        entity,
                        key))
                .orElse(null);
        if (image == null) {
            problems.add(what + " " + key + " に監査ログの記録がありません(アプリを通さずに追加された可能性)");
        } else if (!Json.write(now).equals(image)) {
            problems.add(what + " " + key + " の内容が監査ログの最後の記録と一致しません(アプリを通さずに変更された可能性)");
        }
    }
}
