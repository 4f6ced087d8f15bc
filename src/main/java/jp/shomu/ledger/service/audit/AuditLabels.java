package jp.shomu.ledger.service.audit;

import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.domain.changes.ChangeStatus;
import jp.shomu.ledger.domain.staff.Role;

/** Japanese names for the keys of the audit trail's before/after images, and readable forms of coded values. */
final class AuditLabels {
    /** Keys that change on every save and say nothing to a reader. */
    static final Set<String> NOISE = Set.of("id", "created_at", "updated_at", "version");
    /** Keys whose value is a staff id, shown as the person's name. */
    static final Set<String> STAFF_IDS =
            Set.of("assignee_id", "created_by", "by", "staff", "reviewer", "proposed_by", "decided_by");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("type_code", "中区分"),
            Map.entry("catalog_version", "カタログの版"),
            Map.entry("subject", "件名"),
            Map.entry("status", "状態"),
            Map.entry("status_before_pause", "停止前の状態"),
            Map.entry("received_on", "受付日"),
            Map.entry("start_on", "起算日"),
            Map.entry("due_on", "期限"),
            Map.entry("warn_on", "警告日"),
            Map.entry("centre_done_on", "センター処理完了日"),
            Map.entry("completed_on", "完了日"),
            Map.entry("assignee_id", "担当"),
            Map.entry("created_by", "登録者"),
            Map.entry("send_back_count", "差戻し回数"),
            Map.entry("case", "案件"),
            Map.entry("item", "チェック項目"),
            Map.entry("by", "担当"),
            Map.entry("note", "メモ"),
            Map.entry("reason", "理由"),
            Map.entry("addressee", "回付先"),
            Map.entry("on", "日付"),
            Map.entry("answer", "回答"),
            Map.entry("reviewer", "確認者"),
            Map.entry("comment", "コメント"),
            Map.entry("errors", "誤りの分類"),
            Map.entry("staff", "職員"),
            Map.entry("day", "作業日"),
            Map.entry("minutes", "分"),
            Map.entry("body", "本文"),
            Map.entry("sha256", "SHA-256"),
            Map.entry("fields", "項目"),
            Map.entry("type", "中区分"),
            Map.entry("scope", "範囲"),
            Map.entry("cases", "件数"),
            Map.entry("login", "ログイン名"),
            Map.entry("employee_no", "職員番号"),
            Map.entry("name", "氏名"),
            Map.entry("role", "役割"),
            Map.entry("team", "チーム"),
            Map.entry("active", "有効"),
            Map.entry("kind", "種類"),
            Map.entry("summary", "概要"),
            Map.entry("payload_sha256", "内容のSHA-256"),
            Map.entry("base_version", "元の版"),
            Map.entry("proposed_by", "提案者"),
            Map.entry("proposed_at", "提案日時"),
            Map.entry("decided_by", "判断者"),
            Map.entry("decided_at", "判断日時"),
            Map.entry("decision_note", "判断の理由"),
            Map.entry("result_version", "新しい版"),
            Map.entry("proposal", "提案"),
            Map.entry("years", "年"),
            Map.entry("overrides", "規則との差"),
            Map.entry("source", "取込元"));

    private AuditLabels() {}

    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /** Status and role codes as their Japanese names; other values unchanged. */
    static String value(String key, String value) {
        try {
            return switch (key) {
                case "status", "status_before_pause" -> statusLabel(value);
                case "role" -> Role.valueOf(value).label();
                case "active" -> "1".equals(value) ? "有効" : "無効";
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String statusLabel(String value) {
        for (ChangeStatus s : ChangeStatus.values()) {
            if (s.name().equals(value)) {
                return s.label();
            }
        }
        return CaseStatus.valueOf(value).label();
    }
}
