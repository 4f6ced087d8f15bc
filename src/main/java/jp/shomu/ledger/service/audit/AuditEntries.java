package jp.shomu.ledger.service.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.shomu.ledger.domain.audit.AuditEntities;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SensitiveData;
import jp.shomu.ledger.store.AuditRow;
import jp.shomu.ledger.store.Json;

/**
 * Turns stored audit rows into {@link AuditEntry}s: the before and after images compared key by key, labelled in
 * Japanese, staff ids shown as names, and the value of every field the case's catalog flags as sensitive masked —
 * for every reader, because the trail answers who changed what and when, and a case's values are seen (and
 * recorded as seen) by opening the case.
 */
final class AuditEntries {
    private static final String FIELD = "field.";

    private final LedgerContext ctx;
    private final Map<String, String> namesByLogin = new HashMap<>();
    private final Map<String, String> namesById = new HashMap<>();

    AuditEntries(LedgerContext ctx, List<StaffMember> roster) {
        this.ctx = ctx;
        for (StaffMember s : roster) {
            namesByLogin.put(s.login().toLowerCase(java.util.Locale.ROOT), s.name());
            namesById.put(Long.toString(s.id()), s.name());
        }
    }

    AuditEntry of(AuditRow r) {
        Map<String, String> before = Json.readFlat(r.before());
        Map<String, String> after = Json.readFlat(r.after());
        Optional<TaskType> type = typeOf(r.entity(), before.isEmpty() ? after : before);
        List<AuditEntry.Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String b = before.getOrDefault(key, "");
            String a = after.getOrDefault(key, "");
            if (b.equals(a) || AuditLabels.NOISE.contains(key)) {
                continue;
            }
            changes.add(change(r.entity(), type, key, b, a));
        }
        String name = namesByLogin.getOrDefault(r.actor().toLowerCase(java.util.Locale.ROOT), "");
        return new AuditEntry(
                r.seq(),
                r.at(),
                r.actor(),
                name,
                r.entity(),
                AuditEntities.label(r.entity()),
                r.entityId(),
                r.action(),
                changes,
                r.hash());
    }

    private AuditEntry.Change change(String entity, Optional<TaskType> type, String key, String before, String after) {
        if (key.startsWith(FIELD)) {
            String fieldKey = key.substring(FIELD.length());
            Optional<FieldDef> def = type.flatMap(t -> FieldInput.field(t, fieldKey));
            boolean sensitive = def.map(FieldDef::sensitive).orElse(true);
            String label = def.map(FieldDef::label).orElse(fieldKey);
            return new AuditEntry.Change(label, sensitive ? mask(before) : before, sensitive ? mask(after) : after);
        }
        if (key.equals("fields") && type.isPresent()) {
            return new AuditEntry.Change(AuditLabels.label(key), fieldLabels(type, before), fieldLabels(type, after));
        }
        if (AuditLabels.STAFF_IDS.contains(key)) {
            return new AuditEntry.Change(
                    AuditLabels.label(key),
                    namesById.getOrDefault(before, before),
                    namesById.getOrDefault(after, after));
        }
        return new AuditEntry.Change(
                AuditLabels.label(key), AuditLabels.value(key, before), AuditLabels.value(key, after));
    }

    /** The task type a case image or view record belongs to, as of its catalog version when known. */
    private Optional<TaskType> typeOf(String entity, Map<String, String> image) {
        String code = image.get(AuditEntities.CASE.equals(entity) ? "type_code" : "type");
        if (code == null) {
            return Optional.empty();
        }
        try {
            String version = image.get("catalog_version");
            Catalog catalog = version == null ? ctx.catalog() : ctx.catalog(Integer.parseInt(version));
            return catalog.taskType(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String fieldLabels(Optional<TaskType> type, String keys) {
        if (keys.isEmpty() || type.isEmpty()) {
            return keys;
        }
        List<String> labels = new ArrayList<>();
        for (String k : keys.split(",")) {
            labels.add(FieldInput.field(type.get(), k).map(FieldDef::label).orElse(k));
        }
        return String.join("、", labels);
    }

    private static String mask(String value) {
        return value.isEmpty() ? "" : SensitiveData.MASK;
    }
}
