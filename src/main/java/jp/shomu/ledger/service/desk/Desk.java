package jp.shomu.ledger.service.desk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The leader's desk as of {@code today}: the lines in section order, and how many each section holds. */
public record Desk(LocalDate today, int within, List<DeskLine> lines) {
    public Desk {
        lines = List.copyOf(lines);
    }

    public List<DeskLine> section(DeskSection s) {
        return lines.stream().filter(l -> l.section() == s).toList();
    }

    public Map<DeskSection, Integer> counts() {
        Map<DeskSection, Integer> m = new EnumMap<>(DeskSection.class);
        for (DeskSection s : DeskSection.values()) {
            m.put(s, 0);
        }
        lines.forEach(l -> m.merge(l.section(), 1, Integer::sum));
        return m;
    }
}
