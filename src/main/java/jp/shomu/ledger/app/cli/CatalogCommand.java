package jp.shomu.ledger.app.cli;

import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.store.settings.CatalogJson;
import picocli.CommandLine.Command;

/** The catalog of task types bundled with this version of the app. */
@Command(
        name = "catalog",
        description = "業務カタログ(22の中区分)と、その変更の提案・承認",
        subcommands = {
            CatalogCommand.ListCommand.class,
            CatalogChangeCommand.Show.class,
            CatalogChangeCommand.Propose.class,
            CatalogChangeCommand.Proposals.class,
            CatalogChangeCommand.Review.class,
            CatalogChangeCommand.Approve.class,
            CatalogChangeCommand.Reject.class,
            CatalogChangeCommand.ProposeBundled.class
        })
final class CatalogCommand {

    /** One line per task type: code, name, 大区分, SLA, standard minutes. */
    @Command(name = "list", description = "中区分の一覧(コード<TAB>名称<TAB>大区分<TAB>期限<TAB>標準処理時間)")
    static final class ListCommand extends EnvCommand {
        @Override
        public Integer call() {
            Catalog catalog = CatalogJson.bundled();
            for (TaskType t : catalog.taskTypes()) {
                String major = catalog.major(t.majorCode()).map(m -> m.name()).orElse(t.majorCode());
                env.out()
                        .println(t.code() + "\t" + t.name() + "\t" + major + "\t" + SlaText.of(t.sla()) + "\t"
                                + t.standardMinutes() + "分");
            }
            return ExitCodes.DONE;
        }
    }
}
