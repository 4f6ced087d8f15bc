package jp.shomu.ledger.report.handover;

import java.time.Instant;
import jp.shomu.ledger.domain.ledger.LedgerLocation;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * What every part of a bundle works from: the verified copy of the ledger (one moment, so every file in the bundle
 * shows the same data), where it came from, who made the bundle and when.
 */
public record BundleSource(
        LedgerContext snapshot,
        LedgerLocation originalLedger,
        StaffMember madeBy,
        Instant madeAt,
        LedgerVerifier.Result verified) {}
