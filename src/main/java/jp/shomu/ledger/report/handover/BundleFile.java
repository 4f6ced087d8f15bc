package jp.shomu.ledger.report.handover;

/**
 * One file of the handover bundle, as listed in 引継書.md.
 *
 * @param path        relative to the bundle's folder, with '/' between folders (as in the manifest)
 * @param description what the file is and how to open it, in Japanese
 */
public record BundleFile(String path, String description) {}
