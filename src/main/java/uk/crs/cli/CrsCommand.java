package uk.crs.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;

/**
 * The top-level {@code crs} command; each capability is a subcommand. Its {@code -h/--help} and {@code -V/--version}
 * options are inherited by every subcommand.
 */
@Command(
        name = "crs",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionCommand.Provider.class,
        description =
                "Community Resolution System: decide, record, audit, scrutinise and analyse community resolutions.",
        subcommands = {
            ServeCommand.class,
            VersionCommand.class,
            AuditCommand.class,
            UsersCommand.class,
            DecideCommand.class,
            PolicyCommand.class,
            OffencesCommand.class,
            IngestCommand.class,
            ReportCommand.class,
            SourcesCommand.class,
            ReoffendingCommand.class,
            ReconcileCommand.class,
            ComplianceCommand.class,
            PathwaysCommand.class,
            SyntheticExtractCommand.class,
            ScrutinyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CrsCommand extends CommandGroup {

    /** Exit code meaning "a server is running; do not call System.exit". */
    public static final int KEEP_RUNNING = -1;

    /** Exit code for invalid input or configuration (picocli uses 2 for usage errors too). */
    public static final int BAD_INPUT = 2;

    /** Builds the command tree; commands receive the process environment through {@link Environment}. */
    public static CommandLine commandLine(Map<String, String> env) {
        Environment environment = new Environment(env);
        IFactory defaults = CommandLine.defaultFactory();
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (EnvironmentAware.class.isAssignableFrom(cls)) {
                    return cls.cast(
                            cls.getDeclaredConstructor(Environment.class).newInstance(environment));
                }
                return defaults.create(cls);
            }
        };
        return new CommandLine(new CrsCommand(), factory).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
