package jp.shomu.ledger.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.errors.ConflictException;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one class per command, Japanese messages on stderr, the fixed exit codes. */
@Command(
        name = "shomu-ledger",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "庶務台帳 — 総務事務センターの業務台帳。コマンドなしで起動するとアプリの画面を開きます。",
        subcommands = {
            AppCommand.class,
            InitCommand.class,
            VerifyCommand.class,
            CatalogCommand.class,
            CalendarCommand.class,
            CaseCommand.class,
            StaffCommand.class,
            AuditCommand.class,
            HandoverCommand.class,
            EnvironmentCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ArchiveCommand.class,
            ReportCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            SlaCommand.class,
            DeskCommand.class,
            InquiryCommand.class,
            FaqCommand.class,
            IncidentCommand.class,
            ImprovementCommand.class,
            MeetingCommand.class,
            DeliverablesCommand.class,
            DeliverableCommand.class,
            SlaAgreementCommand.class,
            ForecastCommand.class,
            SeasonalCommand.class,
            MinutesCommand.class,
            MeterCommand.class,
            TableCommand.class,
            StampCommand.class,
            BudgetCommand.class,
            MigrateCommand.class
        })
public final class Cli {
    /** Returned by {@link #run} when the app window was opened and the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;

    private final CliEnvironment env;
    private final List<Class<?>> addedCommands = new ArrayList<>();

    public Cli(CliEnvironment env) {
        this.env = env;
    }

    /**
     * Adds a command kept outside this package (the measuring tools of app.bench, which use this package's exit
     * codes and so cannot be listed above without a package cycle).
     */
    public Cli with(Class<?> command) {
        addedCommands.add(command);
        return this;
    }

    /** The real environment: the OS login (OsLogin), the system clock, stdout/stderr in the console's encoding or UTF-8. */
    public static Cli standard() {
        Charset cs = consoleCharset();
        // PrintWriter(OutputStream) would encode in the default charset whatever the stream's: give it the writer.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
        return new Cli(new CliEnvironment(OsLogin.current(), Clock.systemDefaultZone(), out, err));
    }

    public CliEnvironment env() {
        return env;
    }

    public int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"app"} : args;
        CommandLine cl = new CommandLine(this, new CommandFactory(this));
        addedCommands.forEach(cl::addSubcommand);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setParameterExceptionHandler((ex, a) -> {
            env.err().println("エラー: " + ParameterErrors.inJapanese(ex));
            ex.getCommandLine().usage(env.err());
            return ExitCodes.INVALID;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            Exception shown = inJapanese(ex);
            env.err().println("エラー: " + shown.getMessage());
            return exitCodeOf(shown);
        });
        int code = cl.execute(effective);
        env.out().flush();
        env.err().flush();
        return code;
    }

    /**
     * What reached the command line without a Japanese message of its own (an SQLite or file-system error some code
     * did not translate) becomes one, with exit 2; everything else is shown as it is.
     */
    static Exception inJapanese(Exception ex) {
        if (ex instanceof IllegalArgumentException) {
            return ex;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof LedgerException
                    || t instanceof ConflictException
                    || t instanceof PermissionDeniedException) {
                return (Exception) t;
            }
            if (t instanceof java.sql.SQLException sql) {
                return jp.shomu.ledger.store.SqliteFaults.translate(null, sql);
            }
            if (t instanceof java.io.IOException io) {
                return new LedgerException(LedgerProblem.UNREACHABLE, FileFaults.describe(io), io);
            }
        }
        return ex;
    }

    static int exitCodeOf(Exception ex) {
        if (ex instanceof ConflictException) {
            return ExitCodes.CONFLICT;
        }
        if (ex instanceof LedgerException le) {
            return le.problem() == LedgerProblem.NOT_IN_ROSTER ? ExitCodes.INVALID : ExitCodes.LEDGER_PROBLEM;
        }
        if (ex instanceof IllegalArgumentException || ex instanceof PermissionDeniedException) {
            return ExitCodes.INVALID;
        }
        return ExitCodes.LEDGER_PROBLEM;
    }

    /**
     * UTF-8, except on Windows where the console (or, piped, the system code page such as CP932) decides, so
     * Japanese reads right in a city PC's command prompt. -Dshomu.console.encoding overrides both.
     */
    private static Charset consoleCharset() {
        String name = System.getProperty("shomu.console.encoding");
        if (name == null && System.getProperty("os.name", "").startsWith("Windows")) {
            name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding"));
        }
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Lets every command reach the environment without globals. */
    private static final class CommandFactory implements CommandLine.IFactory {
        private final Cli cli;

        CommandFactory(Cli cli) {
            this.cli = cli;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == Cli.class) {
                return type.cast(cli);
            }
            K instance = CommandLine.defaultFactory().create(type);
            if (instance instanceof EnvironmentAware aware) {
                aware.use(cli.env);
            }
            return instance;
        }
    }
}
