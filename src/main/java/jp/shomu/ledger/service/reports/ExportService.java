package jp.shomu.ledger.service.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.Sql;

/**
 * What the ledger export needs from the services: who may export, and the field definitions of every catalog
 * version (to name case fields, and to know which are sensitive). Masking and the disclosure record are
 * {@link SensitiveOutput}'s.
 */
public final class ExportService {
    private final LedgerContext ctx;
    private final Map<String, Optional<FieldDef>> fields = new HashMap<>();

    public ExportService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    public void requireExport(StaffMember viewer) {
        Permissions.require(viewer, Action.EXPORT);
    }

    public List<Integer> catalogVersions() {
        return ctx.ledger()
                .read(c -> Sql.query(c, "SELECT version FROM catalog_version ORDER BY version", rs -> rs.getInt(1)));
    }

    /** The definition of a case field as of the catalog version the case was registered in. */
    public Optional<FieldDef> field(int catalogVersion, String typeCode, String key) {
        return fields.computeIfAbsent(
                catalogVersion + "/" + typeCode + "/" + key,
                k -> ctx.catalog(catalogVersion).taskType(typeCode).flatMap(t -> FieldInput.field(t, key)));
    }

    /** Keys of fields that are sensitive in any task type of any catalog version (for audit images). */
    public Set<String> sensitiveKeys() {
        Set<String> keys = new HashSet<>();
        for (int v : catalogVersions()) {
            Catalog catalog = ctx.catalog(v);
            for (TaskType t : catalog.taskTypes()) {
                FieldInput.fieldsOf(t).stream().filter(FieldDef::sensitive).forEach(f -> keys.add(f.key()));
            }
        }
        return keys;
    }
}
