package jp.shomu.ledger.ui.settings;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomu.ledger.domain.sla.SlaMetric;
import jp.shomu.ledger.service.settings.ChangeDifference;
import jp.shomu.ledger.ui.common.Messages;

/**
 * A difference between two catalog or SLA versions said in the words a leader uses: "taskTypes[2-2].sla.days"
 * becomes "中区分 2-2 › 処理期限 › 日数", "items[ON_TIME_RATE].target" becomes "SLA項目 処理期限内処理率 › 目標値".
 */
final class DifferenceText {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)(?:\\[([^\\]]*)\\])?");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("taskTypes", "中区分"),
            Map.entry("majors", "大区分"),
            Map.entry("majorCode", "大区分コード"),
            Map.entry("errorCategories", "誤りの分類"),
            Map.entry("fields", "項目"),
            Map.entry("field", "項目"),
            Map.entry("checklist", "チェックリスト"),
            Map.entry("sla", "処理期限"),
            Map.entry("days", "日数"),
            Map.entry("warnDays", "注意喚起の日数"),
            Map.entry("kind", "種類"),
            Map.entry("name", "名称"),
            Map.entry("label", "表示名"),
            Map.entry("standardMinutes", "標準処理時間(分)"),
            Map.entry("annualCases", "年間件数"),
            Map.entry("referenceAnnualHours", "参考年間時間"),
            Map.entry("required", "必須"),
            Map.entry("sensitive", "機微情報"),
            Map.entry("choices", "選択肢"),
            Map.entry("values", "値"),
            Map.entry("help", "説明"),
            Map.entry("description", "説明"),
            Map.entry("type", "型"),
            Map.entry("deadlineField", "締切日の項目"),
            Map.entry("cityStep", "市の手順"),
            Map.entry("secondPerson", "ダブルチェック"),
            Map.entry("tableWork", "表作業"),
            Map.entry("peakMonths", "繁忙月"),
            Map.entry("estimated", "推計"),
            Map.entry("basis", "根拠"),
            Map.entry("when", "表示条件"),
            Map.entry("code", "コード"),
            Map.entry("key", "キー"),
            Map.entry("id", "番号"),
            Map.entry("items", "SLA項目"),
            Map.entry("effectiveFrom", "適用開始月"),
            Map.entry("metric", "指標"),
            Map.entry("target", "目標値"),
            Map.entry("version", "版"));

    private DifferenceText() {}

    static String item(ChangeDifference d) {
        if (d.path().equals("$")) {
            return Messages.get("settings.diff.whole");
        }
        StringBuilder out = new StringBuilder();
        for (String part : d.path().split("\\.(?![^\\[]*\\])")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                append(out, part);
                continue;
            }
            String name = NAMES.getOrDefault(m.group(1), m.group(1));
            append(out, m.group(2) == null ? name : name + " " + element(m.group(2)));
        }
        return out.toString();
    }

    /** A value as the person reads it: はい / いいえ for flags, (なし) for a value one side lacks. */
    static String value(String v) {
        return switch (v) {
            case "" -> Messages.get("settings.diff.none");
            case "true" -> Messages.get("settings.diff.yes");
            case "false" -> Messages.get("settings.diff.no");
            default -> v;
        };
    }

    /** An element's identity; an SLA metric by its name, a position counted from 1. */
    private static String element(String id) {
        if (id.chars().allMatch(Character::isDigit) && !id.isEmpty()) {
            return Messages.format("settings.diff.position", Integer.toString(Integer.parseInt(id) + 1));
        }
        try {
            return SlaMetric.valueOf(id).label();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private static void append(StringBuilder out, String s) {
        if (out.length() > 0) {
            out.append(" › ");
        }
        out.append(s);
    }
}
