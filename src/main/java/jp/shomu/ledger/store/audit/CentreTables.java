package jp.shomu.ledger.store.audit;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.centre.DeliverableRepository;
import jp.shomu.ledger.store.centre.ImprovementRepository;
import jp.shomu.ledger.store.centre.IncidentRepository;
import jp.shomu.ledger.store.centre.MeetingRepository;
import jp.shomu.ledger.store.centre.SlaAgreementRepository;

/** The centre's audited tables (incidents, improvements, meetings, deliverables, SLA agreements), for verify. */
final class CentreTables {
    private CentreTables() {}

    static List<String> compare(Ledger ledger) {
        List<String> problems = new ArrayList<>();
        problems.addAll(AuditComparison.compare(
                ledger, IncidentRepository.ENTITY, "incident", IncidentRepository::snapshot, "危機管理事案"));
        problems.addAll(AuditComparison.compare(
                ledger, ImprovementRepository.ENTITY, "improvement", ImprovementRepository::snapshot, "改善提案"));
        problems.addAll(AuditComparison.compare(
                ledger, MeetingRepository.ENTITY, "meeting", MeetingRepository::snapshot, "定例会"));
        problems.addAll(AuditComparison.compare(
                ledger, DeliverableRepository.ENTITY, "deliverable", DeliverableRepository::snapshot, "提出物"));
        problems.addAll(AuditComparison.compare(
                ledger, SlaAgreementRepository.ENTITY, "sla_agreement", SlaAgreementRepository::snapshot, "SLA合意"));
        problems.addAll(AuditComparison.compare(
                ledger,
                SlaAgreementRepository.MEASURE_ENTITY,
                "sla_measure",
                SlaAgreementRepository::measureSnapshot,
                "SLA未達の改善策"));
        problems.addAll(AuditComparison.compare(
                ledger,
                DeliverableRepository.RULE_ENTITY,
                "deliverable_rule",
                DeliverableRepository::ruleSnapshot,
                "提出物の期日の規則"));
        problems.addAll(AuditComparison.compare(
                ledger,
                SlaAgreementRepository.BASIS_ENTITY,
                "sla_agreement_basis",
                SlaAgreementRepository::basisSnapshot,
                "SLA合意の目標の版"));
        return problems;
    }
}
