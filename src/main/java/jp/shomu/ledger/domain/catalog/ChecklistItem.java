package jp.shomu.ledger.domain.catalog;

/**
 * One step of a task type's checklist.
 *
 * @param id           stable identifier within the task type (c1, c2, …)
 * @param label        the step in the back office's words
 * @param required     completion is blocked until this step is ticked
 * @param secondPerson ダブルチェック: only someone other than the case's maker may tick it
 * @param cityStep     [市] the step is the city's decision; the centre records that it happened
 * @param check        a formula giving true/false (e.g. 週所定勤務時間 ≥ the year's threshold), shown as a ✓/✗ hint
 *                     beside the step; null when the step has none
 */
public record ChecklistItem(
        String id, String label, boolean required, boolean secondPerson, boolean cityStep, String check) {
    public ChecklistItem(String id, String label, boolean required, boolean secondPerson, boolean cityStep) {
        this(id, label, required, secondPerson, cityStep, null);
    }
}
