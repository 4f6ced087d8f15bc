package jp.shomu.ledger.domain.centre;

import jp.shomu.ledger.domain.cases.InvalidInputException;

/** The kinds of emergency of spec §20(2), plus information security and personal information (取扱仕様書 10). */
public enum IncidentKind {
    DISASTER("災害"),
    FACILITY("施設の不具合"),
    EQUIPMENT("機器故障"),
    NETWORK("回線異常"),
    ACCIDENT("事故"),
    POWER_OUTAGE("停電"),
    STAFF_ABSENCE("従事者の出勤不能"),
    INFORMATION_SECURITY("情報セキュリティ"),
    PERSONAL_INFORMATION("個人情報");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An English name or the Japanese label. */
    public static IncidentKind parse(String text) {
        String t = text == null ? "" : text.strip();
        for (IncidentKind k : values()) {
            if (k.name().equalsIgnoreCase(t) || k.label.equals(t)) {
                return k;
            }
        }
        throw new InvalidInputException(
                "事案の種類が分かりません: " + text + "(災害, 施設の不具合, 機器故障, 回線異常, 事故, 停電, 従事者の出勤不能, 情報セキュリティ, 個人情報)");
    }
}
