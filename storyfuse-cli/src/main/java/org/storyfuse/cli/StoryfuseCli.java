package org.storyfuse.cli;

import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code storyfuse} command: one subcommand per pipeline stage, plus those of the
 * {@link CommandExtension}s on the classpath ({@code eval} and {@code bench} from storyfuse-eval).
 */
@Command(
    name = "storyfuse",
    mixinStandardHelpOptions = true,
    versionProvider = StoryfuseCli.Version.class,
    description = "Fuses many outlets' reports of one news story into one source-attributed brief.",
    subcommands = {
      BriefCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      StoriesCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      AnalyzeCommand.class,
      ExtractCommand.class
    })
public final class StoryfuseCli {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = commandLine().setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // Users get one line, not a stack trace; STORYFUSE_DEBUG=1 shows the trace.
      cmd.getErr().println("storyfuse: " + (outOfMemory(ex) ? outOfMemoryAdvice() : ex.getMessage()));
      if (System.getenv("STORYFUSE_DEBUG") != null) {
        ex.printStackTrace(cmd.getErr());
      }
      return 1;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      cli.getErr().println("storyfuse: " + outOfMemoryAdvice());
      return 1;
    }
  }

  /** Whether the failure is the heap running out, in this thread or in a worker whose error was wrapped. */
  static boolean outOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** What to do about it: the launcher's heap is a default sized for about 10,000 articles a run. */
  static String outOfMemoryAdvice() {
    return "out of memory: the Java heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) is too small "
        + "for this run; give it more, e.g. STORYFUSE_JAVA_OPTS=-Xmx4g ./storyfuse …, or split the input "
        + "(ingest adds to a store a batch at a time)";
  }

  /**
   * The command with every subcommand: the built-in ones, then the extensions' (found with
   * {@link ServiceLoader}), then stand-ins for the missing eval commands, then {@code help}. Settings
   * such as case-insensitive enums reach only subcommands added before they are set: set them on this.
   */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new StoryfuseCli());
    for (CommandExtension extension : ServiceLoader.load(CommandExtension.class)) {
      extension.commands().forEach(command -> addOrMerge(cli, command));
    }
    for (String name : NotInstalledCommand.EVAL_COMMANDS) {
      if (!cli.getSubcommands().containsKey(name)) {
        cli.addSubcommand(name, new NotInstalledCommand());
      }
    }
    return cli.addSubcommand(new CommandLine.HelpCommand());
  }

  /**
   * Adds an extension's command; when another extension added one of that name already, its
   * subcommands join that one instead (storyfuse-spark adds {@code bench spark} to storyfuse-eval's
   * {@code bench}, whichever jar the service loader meets first).
   */
  static void addOrMerge(CommandLine cli, Object command) {
    CommandLine sub = command instanceof CommandLine c ? c : new CommandLine(command);
    CommandLine existing = cli.getSubcommands().get(sub.getCommandName());
    if (existing == null) {
      cli.addSubcommand(sub);
      return;
    }
    sub.getSubcommands().forEach((name, s) -> {
      if (!existing.getSubcommands().containsKey(name)) {
        existing.addSubcommand(name, s);
      }
    });
  }

  /** Reads the version Maven wrote into the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = StoryfuseCli.class.getPackage().getImplementationVersion();
      return new String[] {"storyfuse " + (v == null ? "(development build)" : v)};
    }
  }
}
