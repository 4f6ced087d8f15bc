package jp.shomu.ledger.app.cli;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * What a command runs with: who is logged in, the clock and where to print. Tests pass their own; the real
 * one takes the OS login name and the system clock.
 */
public record CliEnvironment(String login, Clock clock, PrintWriter out, PrintWriter err) {}
