package jp.shomu.ledger.domain.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.shomu.ledger.domain.sla.SlaItem;
import jp.shomu.ledger.domain.sla.SlaTargets;

/** The text of an SLA agreement taken from approved target versions: one item and target a line. */
public final class SlaAgreementItems {
    private SlaAgreementItems() {}

    /** One line per item; when the year has several versions, each version's lines are headed by when it applies. */
    public static String text(List<SlaTargets> versions) {
        List<String> lines = new ArrayList<>();
        for (SlaTargets t : versions) {
            if (versions.size() > 1) {
                lines.add("【" + version(t.version()) + (t.effectiveFrom() == null ? "" : "、" + t.effectiveFrom() + "から")
                        + "】");
            }
            for (SlaItem i : t.items()) {
                lines.add(i.name() + ": " + i.targetText());
            }
        }
        return String.join("\n", lines);
    }

    /** "第2版", "既定値" for version 0. */
    public static String version(int version) {
        return version == 0 ? "既定値" : "第" + version + "版";
    }

    public static String versions(List<Integer> versions) {
        return versions.stream().map(SlaAgreementItems::version).collect(Collectors.joining("・"));
    }
}
