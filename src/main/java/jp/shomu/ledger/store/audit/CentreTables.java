package jp.shomu.ledger.store.audit;

import java.util.List;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.AuditComparison.Table;
import jp.shomu.ledger.store.centre.DeliverableRepository;
import jp.shomu.ledger.store.centre.ImprovementRepository;
import jp.shomu.ledger.store.centre.IncidentRepository;
import jp.shomu.ledger.store.centre.MeetingRepository;
import jp.shomu.ledger.store.centre.SlaAgreementRepository;

/** The centre's audited tables (incidents, improvements, meetings, deliverables, SLA agreements), for verify. */
final class CentreTables {
    private static final List<Table> TABLES = List.of(
            new Table(IncidentRepository.ENTITY, "incident", IncidentRepository::snapshot, "危機管理事案"),
            new Table(ImprovementRepository.ENTITY, "improvement", ImprovementRepository::snapshot, "改善提案"),
            new Table(MeetingRepository.ENTITY, "meeting", MeetingRepository::snapshot, "定例会"),
            new Table(DeliverableRepository.ENTITY, "deliverable", DeliverableRepository::snapshot, "提出物"),
            new Table(SlaAgreementRepository.ENTITY, "sla_agreement", SlaAgreementRepository::snapshot, "SLA合意"),
            new Table(
                    SlaAgreementRepository.MEASURE_ENTITY,
                    "sla_measure",
                    SlaAgreementRepository::measureSnapshot,
                    "SLA未達の改善策"),
            new Table(
                    DeliverableRepository.RULE_ENTITY,
                    "deliverable_rule",
                    DeliverableRepository::ruleSnapshot,
                    "提出物の期日の規則"),
            new Table(
                    SlaAgreementRepository.BASIS_ENTITY,
                    "sla_agreement_basis",
                    SlaAgreementRepository::basisSnapshot,
                    "SLA合意の目標の版"));

    private CentreTables() {}

    static List<String> compare(Ledger ledger) {
        return AuditComparison.compareAll(ledger, TABLES);
    }
}
