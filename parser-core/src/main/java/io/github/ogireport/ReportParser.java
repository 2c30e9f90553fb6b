package io.github.ogireport;

import io.github.ogireport.internal.Pipeline;
import io.github.ogireport.model.Severity;
import io.github.ogireport.rules.BuiltInRules;
import io.github.ogireport.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Parses the text of an annual open-government-information report (政府信息公开工作年度报告) into an
 * {@link io.github.ogireport.model.AnnualReport} and its diagnostics, then runs the validation rules.
 *
 * <pre>{@code
 * ReportParser parser = ReportParser.create();          // or ReportParser.builder()...build()
 * ParseResult result = parser.parse(text);
 * result.report().applications()
 *     .flatMap(a -> a.row(ApplicationRow.NEWLY_RECEIVED))
 *     .flatMap(Counts::total)
 *     .ifPresent(total -> System.out.println(total.value() + " at line " + total.span().get().line()));
 * result.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>{@link #parse} never throws: whatever the input, it returns a result; a blank or lost cell is
 * absent, never a made-up zero; every value and diagnostic carries its line and column in the input.
 * A built parser is immutable and thread-safe: build one and share it.
 *
 * <p>Validation: after reading, the parser runs the built-in rules
 * ({@link io.github.ogireport.rules.BuiltInRules#all()}: completeness, layout, the template's arithmetic
 * A1–A5, prose against the tables A8), then the rules added with {@link Builder#addRule} and, if asked,
 * those {@link Builder#discoverRules()} finds. Each finding is a diagnostic whose code is the rule's id.
 * The checks that compare a report with the year before (A6, A7) take several reports: see
 * {@link ReportSeries}.
 */
public final class ReportParser {

  private final ParserOptions options;
  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Pipeline pipeline;

  private ReportParser(ParserOptions options, List<Rule> rules, Map<String, Severity> severities,
      Set<String> disabled, boolean validate) {
    this.options = options;
    this.rules = List.copyOf(rules);
    this.severities = Map.copyOf(severities);
    this.pipeline = new Pipeline(options, validate ? this.rules : List.of(), this.severities, Set.copyOf(disabled));
  }

  /** A parser with the default options and the built-in rules. */
  public static ReportParser create() {
    return builder().build();
  }

  /** Starts configuring a parser. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses {@code text}; never throws. A {@code null} text is read as empty. */
  public ParseResult parse(CharSequence text) {
    return pipeline.run(text);
  }

  /** The options this parser was built with. */
  public ParserOptions options() {
    return options;
  }

  /** The rules this parser runs, in order (built-ins first, then added and discovered rules). */
  public List<Rule> rules() {
    return rules;
  }

  /** The effective severity of rule {@code id}: its re-grade, or its default. */
  public Severity severityOf(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** Configures a {@link ReportParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private ParserOptions options = ParserOptions.defaults();
    private final List<Rule> added = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private boolean builtIns = true;
    private boolean validate = true;
    private ClassLoader discoverFrom;
    private boolean discover;

    private Builder() {}

    /** Sets all options (limits, locale). */
    public Builder options(ParserOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Sets the locale of diagnostic messages (Chinese for {@code zh}, English otherwise). */
    public Builder locale(Locale locale) {
      this.options = ParserOptions.builder().from(options).locale(Objects.requireNonNull(locale)).build();
      return this;
    }

    /** Adds a rule; added rules run after the built-ins, in the order added. */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Disables the rule (built-in or added) whose id is {@code id}; for a code raised while reading
     * (e.g. {@code label-variant}), drops its diagnostics.
     */
    public Builder disableRule(String id) {
      disabled.add(Objects.requireNonNull(id, "id"));
      return this;
    }

    /** Changes the severity of the findings of rule {@code id}, or of the diagnostics with that code. */
    public Builder severity(String id, Severity severity) {
      severities.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Leaves out the built-in rules (only added and discovered rules run). */
    public Builder withoutBuiltInRules() {
      this.builtIns = false;
      return this;
    }

    /** Turns validation off: only parse diagnostics are reported. */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /** Adds the rules listed in {@code META-INF/services/io.github.ogireport.rules.Rule} on the class path. */
    public Builder discoverRules() {
      return discoverRules(Thread.currentThread().getContextClassLoader());
    }

    /** Adds the rules {@link ServiceLoader} finds through {@code loader}. */
    public Builder discoverRules(ClassLoader loader) {
      this.discover = true;
      this.discoverFrom = loader;
      return this;
    }

    /** Builds the parser. */
    public ReportParser build() {
      List<Rule> all = new ArrayList<>();
      if (builtIns) {
        all.addAll(BuiltInRules.all());
      }
      all.addAll(added);
      if (discover) {
        for (Rule r : ServiceLoader.load(Rule.class, discoverFrom)) {
          all.add(r);
        }
      }
      all.removeIf(r -> disabled.contains(r.id()));
      return new ReportParser(options, all, severities, disabled, validate);
    }
  }
}
