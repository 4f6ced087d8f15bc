package jp.shomu.ledger.report.handover;

import java.nio.file.Path;
import java.time.Instant;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.store.audit.LedgerVerifier;

/**
 * What every part of a bundle works from: the verified copy of the ledger (one moment, so every file in the bundle
 * shows the same data), where it came from, who made the bundle and when.
 */
public record BundleSource(
        LedgerContext snapshot,
        Path originalLedger,
        StaffMember madeBy,
        Instant madeAt,
        LedgerVerifier.Result verified) {}
