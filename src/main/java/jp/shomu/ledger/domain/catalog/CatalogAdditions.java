package jp.shomu.ledger.domain.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a newer catalog (the one bundled with the app) adds to a ledger's catalog in force — fields, formulas of
 * calculated fields, checklist checks, yearly thresholds and their values, statutory-limit fields, follow-on cases —
 * and the ledger's catalog with them added. Nothing the ledger has is changed or removed, so a leader's own change (a
 * label, an SLA, a formula written differently) stays; a task type the ledger lacks altogether is not added.
 *
 * @param items  one line per addition, in Japanese: the proposal's summary and what the notice counts
 * @param merged the ledger's catalog with the additions, its version unchanged (approval numbers it)
 */
public record CatalogAdditions(List<String> items, Catalog merged) {
    public CatalogAdditions {
        items = List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public static CatalogAdditions of(Catalog inForce, Catalog newer) {
        List<String> items = new ArrayList<>();
        List<TaskType> types = new ArrayList<>();
        for (TaskType mine : inForce.taskTypes()) {
            types.add(newer.taskType(mine.code())
                    .map(theirs -> merge(mine, theirs, inForce, items))
                    .orElse(mine));
        }
        List<Threshold> thresholds = mergeThresholds(inForce.thresholds(), newer.thresholds(), items);
        Catalog merged = new Catalog(
                inForce.version(), inForce.majors(), inForce.errorCategories(), types, thresholds, inForce.seasonal());
        return new CatalogAdditions(items, merged);
    }

    private static TaskType merge(TaskType mine, TaskType theirs, Catalog inForce, List<String> items) {
        List<FieldDef> fields = mergeFields(mine, theirs, items);
        List<ChecklistItem> checklist = new ArrayList<>();
        for (ChecklistItem step : mine.checklist()) {
            Optional<ChecklistItem> their = theirs.checklistItem(step.id());
            if (step.check() == null && their.isPresent() && their.get().check() != null) {
                items.add(mine.code() + " チェックリスト " + step.id() + " に判定(計算式)を追加");
                checklist.add(new ChecklistItem(
                        step.id(),
                        step.label(),
                        step.required(),
                        step.secondPerson(),
                        step.cityStep(),
                        their.get().check()));
            } else {
                checklist.add(step);
            }
        }
        String legalDue = mine.legalDueField();
        if (legalDue == null
                && theirs.legalDueField() != null
                && fields.stream().anyMatch(f -> f.key().equals(theirs.legalDueField()))) {
            legalDue = theirs.legalDueField();
            items.add(mine.code() + " 法定期限(" + legalDue + ")を期限日の横に表示");
        }
        List<FollowOn> followOns = new ArrayList<>(mine.followOns());
        for (FollowOn f : theirs.followOns()) {
            if (mine.followOn(f.type()).isEmpty() && inForce.taskType(f.type()).isPresent()) {
                followOns.add(f);
                items.add(mine.code() + " 後続案件 " + f.type() + " を追加");
            }
        }
        return new TaskType(
                mine.code(),
                mine.id(),
                mine.name(),
                mine.majorCode(),
                mine.description(),
                fields,
                checklist,
                mine.sla(),
                mine.standardMinutes(),
                mine.annualCases(),
                mine.referenceAnnualHours(),
                mine.estimated(),
                mine.peakMonths(),
                mine.tableWork(),
                legalDue,
                followOns);
    }

    /**
     * The ledger's fields, each new one of the newer catalog placed after the field it follows there (or first), and a
     * formula added to a field the ledger types by hand when the newer catalog calculates it with the same type.
     */
    private static List<FieldDef> mergeFields(TaskType mine, TaskType theirs, List<String> items) {
        List<FieldDef> fields = new ArrayList<>();
        for (FieldDef f : mine.fields()) {
            Optional<FieldDef> their = theirs.fields().stream()
                    .filter(t -> t.key().equals(f.key()))
                    .findFirst();
            if (f.formula() == null
                    && their.isPresent()
                    && their.get().formula() != null
                    && their.get().type() == f.type()) {
                items.add(mine.code() + " 「" + f.label() + "」を計算項目に(計算式を追加)");
                fields.add(new FieldDef(
                        f.key(),
                        f.label(),
                        f.type(),
                        f.required(),
                        f.sensitive(),
                        f.choices(),
                        f.help().isBlank() ? their.get().help() : f.help(),
                        f.when(),
                        their.get().formula()));
            } else {
                fields.add(f);
            }
        }
        String previous = null;
        for (FieldDef t : theirs.fields()) {
            boolean known = fields.stream().anyMatch(f -> f.key().equals(t.key()));
            if (!known) {
                fields.add(indexAfter(fields, previous), t);
                items.add(mine.code() + " 「" + t.label() + "」" + (t.calculated() ? "(計算項目)" : "") + "を追加");
            }
            previous = t.key();
        }
        return fields;
    }

    private static int indexAfter(List<FieldDef> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        return key == null ? 0 : fields.size();
    }

    private static List<Threshold> mergeThresholds(List<Threshold> mine, List<Threshold> theirs, List<String> items) {
        List<Threshold> result = new ArrayList<>();
        for (Threshold t : mine) {
            Optional<Threshold> their =
                    theirs.stream().filter(o -> o.key().equals(t.key())).findFirst();
            List<Threshold.Value> values = new ArrayList<>(t.values());
            for (Threshold.Value v : their.map(Threshold::values).orElse(List.of())) {
                if (values.stream().noneMatch(m -> m.fromFiscalYear() == v.fromFiscalYear())) {
                    values.add(v);
                    items.add("基準値「" + t.label() + "」に " + v.fromFiscalYear() + " 年度からの値を追加");
                }
            }
            values.sort(Comparator.comparingInt(Threshold.Value::fromFiscalYear));
            result.add(new Threshold(t.key(), t.label(), t.unit(), t.basis(), values));
        }
        for (Threshold t : theirs) {
            if (mine.stream().noneMatch(m -> Objects.equals(m.key(), t.key()))) {
                result.add(t);
                items.add("基準値「" + t.label() + "」を追加");
            }
        }
        return result;
    }
}
