package jp.shomu.ledger.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.imports.ImportMapping;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.FieldInput;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.ImportMappingRepository;

/**
 * The column mappings for importing other systems' files: the standard layout, the examples bundled with the app,
 * and those a leader saved in the ledger (a saved one replaces a bundled one of the same name).
 */
public final class ImportMappingService {
    private final LedgerContext ctx;

    public ImportMappingService(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Every mapping by name, the standard layout first. */
    public List<ImportMapping> all(StaffMember actor) {
        Permissions.require(actor, Action.IMPORT);
        Map<String, ImportMapping> byName = new LinkedHashMap<>();
        byName.put(ImportMapping.DEFAULT_NAME, ImportMapping.standard());
        ImportMappingRepository.bundled().forEach(m -> byName.put(m.name(), m));
        ctx.ledger().read(ImportMappingRepository::saved).forEach(m -> byName.put(m.name(), m));
        return new ArrayList<>(byName.values());
    }

    /** The mapping called {@code name}; null or blank means the standard layout. */
    public ImportMapping byName(StaffMember actor, String name) {
        if (name == null || name.isBlank() || name.strip().equals(ImportMapping.DEFAULT_NAME)) {
            Permissions.require(actor, Action.IMPORT);
            return ImportMapping.standard();
        }
        return all(actor).stream()
                .filter(m -> m.name().equals(name.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("取込み設定「" + name + "」はありません。使える設定: "
                        + String.join(
                                "、",
                                all(actor).stream().map(ImportMapping::name).toList())));
    }

    /** Saves a mapping for everyone (leaders and the manager); returns its version. */
    public long save(StaffMember leader, ImportMapping mapping) {
        Permissions.require(leader, Action.IMPORT);
        if (!leader.role().isLeaderOrAbove()) {
            throw new PermissionDeniedException("取込み設定を保存できるのは業務責任者と管理責任者です。");
        }
        if (mapping.isStandard() || mapping.name().equals(ImportMapping.DEFAULT_NAME)) {
            throw new InvalidInputException("取込み設定に列の対応(columns)がありません。標準の見出しなら設定は不要です。");
        }
        FieldInput.requireText("取込み設定", ImportMappingRepository.toJson(mapping));
        return ctx.ledger().write(leader.login(), tx -> ImportMappingRepository.save(tx, mapping));
    }
}
