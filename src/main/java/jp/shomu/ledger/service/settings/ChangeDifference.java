package jp.shomu.ledger.service.settings;

/**
 * One difference between the version in force and a proposed one, e.g. path "taskTypes[2-2].sla.days", before "3",
 * after "5". "" stands for a value that does not exist on that side.
 */
public record ChangeDifference(String path, String before, String after) {
    @Override
    public String toString() {
        return path + ": " + (before.isEmpty() ? "(なし)" : before) + " → " + (after.isEmpty() ? "(なし)" : after);
    }
}
