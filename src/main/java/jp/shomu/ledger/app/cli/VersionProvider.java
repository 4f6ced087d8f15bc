package jp.shomu.ledger.app.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (development builds say "開発版"). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"庶務台帳 (Shomu Ledger) " + (v == null ? "開発版" : v)};
    }
}
