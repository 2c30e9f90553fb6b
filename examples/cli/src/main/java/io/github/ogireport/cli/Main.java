package io.github.ogireport.cli;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ReportJson;
import io.github.ogireport.ReportParser;
import io.github.ogireport.ReportSeries;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The {@code ogi-report} command line: {@code parse} prints each report as the JSON contract,
 * {@code validate} prints one {@code FILE:LINE:COLUMN: SEVERITY: CODE: message} line per diagnostic.
 * Files are read as UTF-8 (malformed bytes replaced and reported), streaming and no further than one
 * char past the parser's {@code maxInputChars} (so a huge file or an endless stdin is reported as
 * {@code input-too-large}, not held in memory), parsed in parallel by one shared {@link ReportParser},
 * and printed in the order given, each as soon as it and those before it are done.
 *
 * <p>Exit codes: 0 every file read (and, for {@code validate}, no error); 1 {@code validate} found an
 * error; 2 a file could not be read, or the command line was wrong.
 *
 * <pre>{@code
 * java -jar ogi-report.jar parse report.txt
 * java -jar ogi-report.jar parse --format jsonl --threads 2 reports/*.txt > reports.jsonl
 * java -jar ogi-report.jar validate --disable section-missing --severity row-missing=warning report.txt
 * }</pre>
 */
@Command(name = "ogi-report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Parses and validates annual open-government-information reports (政府信息公开工作年度报告).",
    subcommands = {Main.Parse.class, Main.Validate.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit code when a file could not be read (also picocli's code for a usage error). */
  public static final int EXIT_UNREADABLE = 2;
  /** Exit code of {@code validate} when a diagnostic is an error. */
  public static final int EXIT_ERRORS = 1;

  private static final String STDIN = "-";
  private static final String STDIN_DISPLAY = "<stdin>";
  private static final String BUNDLE = "io.github.ogireport.cli.messages";

  @Spec
  private CommandSpec spec;

  private final InputStream stdin;

  /** A command reading {@code -} from {@code stdin}. */
  public Main(InputStream stdin) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** The configured command line, reading {@code -} from {@code stdin}; set its out and err to capture output. */
  public static CommandLine commandLine(InputStream stdin) {
    return new CommandLine(new Main(stdin)).setCaseInsensitiveEnumValuesAllowed(true);
  }

  /** Runs the command line with UTF-8 output and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = commandLine(System.in).setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: parse or validate");
  }

  /** Options shared by {@code parse} and {@code validate}. */
  static final class CommonOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--disable", paramLabel = "CODE",
        description = "Turns off the rule, or drops the diagnostics, with code CODE (repeatable), e.g. section-missing.")
    private List<String> disabled = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=LEVEL",
        description = "Re-grades the diagnostics with code CODE (repeatable); LEVEL: error, warning or info.")
    private Map<String, Severity> severities = new LinkedHashMap<>();

    @Option(names = "--locale", paramLabel = "en|zh",
        description = "Language of the messages: en (English, the default) or zh (中文).")
    private Language language = Language.EN;

    @Option(names = "--threads", paramLabel = "N",
        description = "Worker threads (default: available cores, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    Locale locale() {
      return language.locale;
    }

    int threads() {
      if (threads < 1) {
        throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + threads);
      }
      return threads;
    }

    ReportParser parser() {
      ReportParser.Builder builder = ReportParser.builder().locale(locale());
      disabled.forEach(builder::disableRule);
      severities.forEach(builder::severity);
      return builder.build();
    }

    /** The cross-year checker, with the same locale, disabled codes and severities. */
    ReportSeries series() {
      ReportSeries.Builder builder = ReportSeries.builder().locale(locale());
      disabled.forEach(builder::disable);
      severities.forEach(builder::severity);
      return builder.build();
    }
  }

  /** Message languages of {@code --locale}. */
  enum Language {
    EN(Locale.ENGLISH), ZH(Locale.CHINESE);

    final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }
  }

  /** Output formats of {@code parse --format}. */
  enum Format { JSON, JSONL }

  /** {@code parse}: one JSON object per file. */
  @Command(name = "parse", mixinStandardHelpOptions = true,
      description = {"Prints each report as JSON (the public JSON contract, schemaVersion 1).",
          "Exit 0 when every file was read, whatever the diagnostics; 2 when one could not be read."})
  static final class Parse implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions options;

    @Option(names = "--format", paramLabel = "json|jsonl",
        description = "json: one pretty object (one FILE only); jsonl: one compact object per line, "
            + "in the order of the files. Default: json for one FILE, jsonl for several.")
    private Format format;

    @Option(names = "--positions", description = "Adds the line and column of every value (\"positions\").")
    private boolean positions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report text files; - reads stdin.")
    private List<String> files;

    @Override
    public Integer call() {
      Format f = format != null ? format : files.size() == 1 ? Format.JSON : Format.JSONL;
      if (f == Format.JSON && files.size() > 1) {
        throw new ParameterException(spec.commandLine(),
            "--format json prints exactly one FILE; use --format jsonl for " + files.size() + " files");
      }
      ReportJson json = ReportJson.builder().pretty(f == Format.JSON).positions(positions).build();
      return main.process(spec.commandLine(), files, options, (input, parser) -> {
        if (input.problem() != null) {
          return new Output(json.unreadable(input.source(), input.problem()) + "\n", EXIT_UNREADABLE);
        }
        return new Output(json.write(parse(parser, input, options.locale()), input.source()) + "\n", 0);
      });
    }
  }

  /** {@code validate}: one line per diagnostic. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = {"Prints one FILE:LINE:COLUMN: SEVERITY: CODE: message line per diagnostic.",
          "Exit 1 if any diagnostic is an error, 2 if a file could not be read, else 0."})
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommonOptions options;

    @Option(names = "--series", description = {"The files are one agency's reports in year order: also "
        + "check across years (A6: this year's 上年结转 = last year's 结转下年度; A7: 现行有效件数)."})
    private boolean series;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report text files; - reads stdin.")
    private List<String> files;

    @Override
    public Integer call() {
      if (series) {
        return callSeries();
      }
      return main.process(spec.commandLine(), files, options, (input, parser) -> {
        if (input.problem() != null) {
          return unreadable(input);
        }
        ParseResult result = parse(parser, input, options.locale());
        return lines(input, result.diagnostics());
      });
    }

    /** Parses every file (in parallel), then checks the series and prints each file's lines in order. */
    private int callSeries() {
      List<Object> parsed = new ArrayList<>();
      main.process(spec.commandLine(), files, options, (input, parser) -> {
        Object r = input.problem() != null ? input : new Parsed(input, parse(parser, input, options.locale()));
        return new Output("", 0, r);
      }, o -> parsed.add(o.payload()));
      List<AnnualReport> reports = new ArrayList<>();
      for (Object p : parsed) {
        if (p instanceof Parsed) {
          reports.add(((Parsed) p).result().report());
        }
      }
      List<List<Diagnostic>> across = options.series().check(reports);
      PrintWriter out = spec.commandLine().getOut();
      int exit = 0;
      int i = 0;
      for (Object p : parsed) {
        Output o;
        if (p instanceof Parsed) {
          Parsed r = (Parsed) p;
          List<Diagnostic> all = new ArrayList<>(r.result().diagnostics());
          all.addAll(across.get(i++));
          o = lines(r.input(), all);
        } else {
          o = unreadable((Input) p);
        }
        out.write(o.text());
        exit = Math.max(exit, o.exitCode());
      }
      out.flush();
      return exit;
    }

    private static Output unreadable(Input input) {
      return new Output(input.display() + ": error: file-unreadable: " + input.problem() + "\n", EXIT_UNREADABLE, null);
    }

    private static Output lines(Input input, List<Diagnostic> diagnostics) {
      StringBuilder out = new StringBuilder(256);
      boolean errors = false;
      for (Diagnostic d : diagnostics) {
        out.append(input.display()).append(':');
        if (d.span().isPresent()) {
          SourceSpan s = d.span().get();
          out.append(s.line()).append(':').append(s.column()).append(':');
        }
        out.append(' ').append(d.severity().jsonName()).append(": ").append(d.code()).append(": ")
            .append(d.message()).append('\n');
        errors |= d.severity() == Severity.ERROR;
      }
      return new Output(out.toString(), errors ? EXIT_ERRORS : 0, null);
    }
  }

  /** A file and what parsing it gave. */
  private record Parsed(Input input, ParseResult result) {}

  /** What one file printed, the exit code it calls for, and (for --series) what was parsed. */
  private record Output(String text, int exitCode, Object payload) {
    Output(String text, int exitCode) {
      this(text, exitCode, null);
    }
  }

  /**
   * One input: its text, or why it could not be read.
   *
   * @param source the JSON {@code source}: the name as given, null for stdin
   * @param display the name in {@code validate} lines
   * @param content the decoded text, null if unreadable
   * @param problem why the file could not be read, null if it was
   */
  private record Input(String source, String display, Utf8Input content, String problem) {}

  /** Renders one file; runs on a worker thread. */
  private interface Renderer {
    Output render(Input input, ReportParser parser);
  }

  /** Renders every file on the worker threads and prints the outputs in order; returns the exit code. */
  private int process(CommandLine command, List<String> files, CommonOptions options, Renderer renderer) {
    return process(command, files, options, renderer, o -> { });
  }

  /** As above, also handing every output, in order, to {@code each}. */
  private int process(CommandLine command, List<String> files, CommonOptions options, Renderer renderer,
      java.util.function.Consumer<Output> each) {
    if (files.stream().filter(STDIN::equals).count() > 1) {
      throw new ParameterException(command, "- (stdin) can be read only once");
    }
    PrintWriter out = command.getOut();
    int threads = options.threads();
    ReportParser parser = options.parser();
    Locale locale = options.locale();
    int[] exit = {0};
    int maxChars = parser.options().maxInputChars();
    Function<String, Output> work = file -> renderer.render(read(file, locale, maxChars), parser);
    OrderedParallel.map(files, threads, work, o -> {
      each.accept(o);
      out.write(o.text());
      exit[0] = Math.max(exit[0], o.exitCode());
    });
    out.flush();
    return exit[0];
  }

  /**
   * Reads {@code file} ({@code -}: stdin) as UTF-8, streaming, up to one char past {@code maxChars}: a
   * larger file or an endless stream is cut there, and the parser reports {@code input-too-large}.
   */
  private Input read(String file, Locale locale, int maxChars) {
    if (STDIN.equals(file)) {
      try {
        return new Input(null, STDIN_DISPLAY, Utf8Input.read(stdin, maxChars, -1), null);
      } catch (IOException e) {
        return new Input(null, STDIN_DISPLAY, null, message(locale, "file-unreadable.other", e.getMessage()));
      }
    }
    String problem;
    try {
      Path path = Path.of(file);
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        problem = message(locale, "file-unreadable.directory");
      } else {
        try (InputStream in = Files.newInputStream(path)) {
          // size() is 0 for a FIFO or /dev/stdin: the hint only sizes the buffers
          long size = attributes.isRegularFile() ? attributes.size() : -1;
          return new Input(file, file, Utf8Input.read(in, maxChars, size), null);
        }
      }
    } catch (NoSuchFileException e) {
      problem = message(locale, "file-unreadable.missing");
    } catch (AccessDeniedException e) {
      problem = message(locale, "file-unreadable.denied");
    } catch (IOException | InvalidPathException e) {
      problem = message(locale, "file-unreadable.other", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new Input(file, file, null, problem);
  }

  /**
   * Parses the text; adds an {@code input-decoding} warning if malformed bytes were replaced. When the
   * reading stopped past the limit, the parser's {@code input-too-large} message (which counts only the
   * chars read) says "more than" instead.
   */
  private static ParseResult parse(ReportParser parser, Input input, Locale locale) {
    Utf8Input content = input.content();
    ParseResult result = parser.parse(content.text());
    int malformed = content.malformed();
    if (malformed == 0 && !content.truncated()) {
      return result;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics().size() + 1);
    for (Diagnostic d : result.diagnostics()) {
      if (content.truncated() && d.code().equals("input-too-large")) {
        String limit = String.valueOf(parser.options().maxInputChars());
        d = Diagnostic.builder().from(d).message(message(locale, "input-too-large.truncated", limit)).build();
      }
      diagnostics.add(d);
    }
    if (malformed > 0) {
      diagnostics.add(Diagnostic.builder()
          .severity(Severity.WARNING)
          .code("input-decoding")
          .message(message(locale, "input-decoding", String.valueOf(malformed)))
          .build());
    }
    return ParseResult.builder().from(result).diagnostics(diagnostics).build();
  }

  /** The CLI's own message {@code key}; pass arguments as strings so that no grouping separators appear. */
  private static String message(Locale locale, String key, String... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Main.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(key), locale).format(args, new StringBuffer(), null).toString();
  }

  /** {@code --version}: the version of the build, from a resource Maven fills in. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"ogi-report " + p.getProperty("version", "unknown")
          + " (JSON schemaVersion " + ReportJson.SCHEMA_VERSION + ")"};
    }
  }
}
