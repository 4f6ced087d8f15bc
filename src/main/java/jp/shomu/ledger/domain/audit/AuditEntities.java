package jp.shomu.ledger.domain.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The kinds of thing the audit trail records changes to (its entity column), with their Japanese names. */
public final class AuditEntities {
    public static final String CASE = "case";
    public static final String STAFF = "staff";
    /** A case with personal data was opened: who, when, which case and which fields. */
    public static final String VIEW = "view";
    /** Personal data left the ledger in an export or report. */
    public static final String DISCLOSURE = "disclosure";

    public static final String PROPOSAL = "proposal";
    public static final String SETTINGS = "settings";
    /** Older audit rows were moved into an audit archive file (the plan, then the record with its SHA-256). */
    public static final String CHECKPOINT = "checkpoint";

    /** The city accepted a month's report: it is kept as issued. */
    public static final String ACCEPTED_MONTH = "accepted_month";
    /** A change of how the audit trail stores its rows (never of what they say). */
    public static final String AUDIT_FORMAT = "audit_format";

    public static final Set<String> VIEW_LOG = Set.of(VIEW, DISCLOSURE);

    /** The centre's records besides cases (docs/CENTRE.md), compared with their rows by verify like cases. */
    public static final Map<String, String> CENTRE = Map.of(
            "incident", "危機管理事案",
            "improvement", "改善提案",
            "meeting", "定例会",
            "deliverable", "提出物",
            "sla_agreement", "SLA合意",
            "sla_measure", "SLA未達の改善策",
            "deliverable_rule", "提出物の期日の規則",
            "sla_agreement_basis", "SLA合意の目標の版");

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(CASE, "案件");
        LABELS.put("tick", "チェック");
        LABELS.put("pause", "照会・保留");
        LABELS.put("review", "ダブルチェック");
        LABELS.put("time", "作業時間");
        LABELS.put("comment", "コメント");
        LABELS.put(STAFF, "職員名簿");
        LABELS.put("catalog", "カタログ");
        LABELS.put("holiday", "祝日");
        LABELS.put(PROPOSAL, "変更提案");
        LABELS.put(SETTINGS, "設定");
        LABELS.put(VIEW, "閲覧");
        LABELS.put(DISCLOSURE, "出力");
        LABELS.put("import", "取込み");
        LABELS.put("import_mapping", "取込み設定");
        LABELS.put(CHECKPOINT, "監査ログの区切り");
        LABELS.put(ACCEPTED_MONTH, "月次報告の受理");
        LABELS.put(AUDIT_FORMAT, "監査ログの保存形式");
        CENTRE.forEach(LABELS::put);
    }

    private AuditEntities() {}

    public static String label(String entity) {
        return LABELS.getOrDefault(entity, entity);
    }

    /** Every entity the app writes, in the order a filter list shows them. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(LABELS);
    }
}
