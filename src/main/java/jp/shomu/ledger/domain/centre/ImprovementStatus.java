package jp.shomu.ledger.domain.centre;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.shomu.ledger.domain.cases.InvalidInputException;

/** An improvement proposal's way (spec §8(2)①カ, §14(3)キ): 提案 → 協議中 → 採用 / 不採用 → 実施 → 効果測定. */
public enum ImprovementStatus {
    PROPOSED("提案"),
    DISCUSSING("協議中"),
    ADOPTED("採用"),
    REJECTED("不採用"),
    IMPLEMENTED("実施"),
    MEASURED("効果測定");

    private static final Map<ImprovementStatus, Set<ImprovementStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(DISCUSSING, REJECTED),
            DISCUSSING, EnumSet.of(ADOPTED, REJECTED),
            ADOPTED, EnumSet.of(IMPLEMENTED),
            REJECTED, EnumSet.noneOf(ImprovementStatus.class),
            IMPLEMENTED, EnumSet.of(MEASURED),
            MEASURED, EnumSet.noneOf(ImprovementStatus.class));

    private final String label;

    ImprovementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses it may move to next (none after 不採用 and 効果測定). */
    public Set<ImprovementStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    /** The next status, if the way allows it. */
    public ImprovementStatus moveTo(ImprovementStatus next) {
        if (!NEXT.get(this).contains(next)) {
            throw new InvalidInputException("改善提案は「" + label + "」から「" + next.label + "」へは進められません");
        }
        return next;
    }

    public static ImprovementStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ImprovementStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return s;
            }
        }
        throw new InvalidInputException("改善提案の状態が分かりません: " + text);
    }
}
