package jp.shomu.ledger.report.handover;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One piece of the handover bundle (the catalog workbook, the full Excel export, the installer…). A new piece is
 * one more part in {@link HandoverBundle#standardParts}; the guide and the manifest pick its files up by themselves.
 */
public interface BundlePart {
    /** What the part writes, for progress messages ("業務カタログ(Excel)"). */
    String title();

    /** Writes the part's files under {@code root} and says what each one is. */
    List<BundleFile> write(BundleSource source, Path root) throws IOException;
}
