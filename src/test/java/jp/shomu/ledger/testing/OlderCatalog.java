package jp.shomu.ledger.testing;

import java.util.List;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.ChecklistItem;
import jp.shomu.ledger.domain.catalog.FieldDef;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.settings.CatalogJson;
import jp.shomu.ledger.store.settings.CatalogRepository;

/**
 * A ledger made before calculated fields (issue #18): its catalog in force has no formulas, no checks, no thresholds,
 * no legal deadlines and follow-ons, and 1-2 lacks 経過日数 — as the ledgers of the earlier versions were seeded.
 */
public final class OlderCatalog {
    private OlderCatalog() {}

    /** The bundled catalog without what issue #18 added. */
    public static Catalog of(Catalog bundled) {
        List<TaskType> types = bundled.taskTypes().stream()
                .map(t -> new TaskType(
                        t.code(),
                        t.id(),
                        t.name(),
                        t.majorCode(),
                        t.description(),
                        t.fields().stream()
                                .filter(f -> !(t.code().equals("1-2") && f.key().equals("daysElapsed")))
                                .map(f -> new FieldDef(
                                        f.key(),
                                        f.label(),
                                        f.type(),
                                        f.required(),
                                        f.sensitive(),
                                        f.choices(),
                                        f.help(),
                                        f.when(),
                                        null))
                                .toList(),
                        t.checklist().stream()
                                .map(c -> new ChecklistItem(
                                        c.id(), c.label(), c.required(), c.secondPerson(), c.cityStep()))
                                .toList(),
                        t.sla(),
                        t.standardMinutes(),
                        t.annualCases(),
                        t.referenceAnnualHours(),
                        t.estimated(),
                        t.peakMonths(),
                        t.tableWork(),
                        null,
                        List.of()))
                .toList();
        return new Catalog(
                bundled.version(), bundled.majors(), bundled.errorCategories(), types, List.of(), bundled.seasonal());
    }

    /** Puts the older catalog in force in the ledger, as its next version (written by {@code login}). */
    public static void install(LedgerContext ctx, String login) {
        ctx.ledger().write(login, tx -> CatalogRepository.addVersion(tx, of(CatalogJson.bundled())));
    }
}
