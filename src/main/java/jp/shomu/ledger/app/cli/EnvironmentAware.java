package jp.shomu.ledger.app.cli;

/** A command that needs the login, clock and output of the run. */
interface EnvironmentAware {
    void use(CliEnvironment env);
}
