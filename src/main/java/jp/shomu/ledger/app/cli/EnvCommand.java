package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A command that runs with the login, clock and output of the run (see {@link CliEnvironment}). */
abstract class EnvCommand implements Callable<Integer>, EnvironmentAware {
    CliEnvironment env;

    @Override
    public void use(CliEnvironment environment) {
        this.env = environment;
    }

    PrintWriter out() {
        return env.out();
    }

    PrintWriter err() {
        return env.err();
    }
}
