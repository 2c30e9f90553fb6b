package io.github.ogireport.internal;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ParserOptions;
import io.github.ogireport.internal.antlr.GrammarFrontEnd;
import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.internal.html.HtmlText;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.internal.translate.ReportTranslator;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import io.github.ogireport.rules.Finding;
import io.github.ogireport.rules.Rule;
import io.github.ogireport.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One parse, start to end: limits, normalisation, grammar, translation, rules, ordering. Immutable
 * and thread-safe; all per-parse state lives in locals.
 */
public final class Pipeline {

  private final ParserOptions options;
  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  private final Messages messages;

  private final java.util.Set<String> disabled;

  public Pipeline(ParserOptions options, List<Rule> rules, Map<String, Severity> severities,
      java.util.Set<String> disabled) {
    this.options = options;
    this.rules = rules;
    this.severities = severities;
    this.disabled = disabled;
    this.messages = Messages.of(options.locale());
  }

  /** Parses and validates {@code input}; never throws (a failure becomes an {@code internal-error}). */
  public ParseResult run(CharSequence input) {
    DiagnosticSink sink = new DiagnosticSink(messages, options.maxDiagnostics());
    AnnualReport report;
    SourceText source = null;
    try {
      source = prepare(input, sink);
      report = parse(source, sink);
    } catch (RuntimeException | StackOverflowError e) {
      sink.add(Severity.ERROR, "internal-error", Optional.empty(), Optional.empty(), List.of(),
          "internal-error", e.getClass().getSimpleName() + ": " + e.getMessage());
      report = AnnualReport.builder().build();
    }
    validate(report, source, sink);
    sink.regrade(severities, disabled);
    return ParseResult.builder().report(report).diagnostics(sink.sorted()).build();
  }

  /** Applies the input limit and normalises the text. */
  private SourceText prepare(CharSequence input, DiagnosticSink sink) {
    CharSequence text = input == null ? "" : input;
    if (text.length() > options.maxInputChars()) {
      sink.add(Severity.ERROR, "input-too-large", Optional.empty(), Optional.empty(), List.of(),
          "input-too-large", String.valueOf(text.length()), String.valueOf(options.maxInputChars()));
      text = text.subSequence(0, options.maxInputChars());
    }
    return HtmlText.looksLikeHtml(text) ? HtmlText.source(text) : SourceText.of(text);
  }

  private AnnualReport parse(SourceText source, DiagnosticSink sink) {
    GrammarFrontEnd.Result parsed = GrammarFrontEnd.parse(source, options.maxTokens());
    if (parsed.document.truncated()) {
      sink.add(Severity.ERROR, "too-many-tokens", Optional.empty(), Optional.empty(), List.of(),
          "too-many-tokens", String.valueOf(options.maxTokens()));
    }
    for (GrammarFrontEnd.SyntaxProblem p : parsed.problems) {
      sink.add(Severity.WARNING, "syntax-error", Optional.of(source.point(p.offset)), Optional.empty(),
          List.of(), "syntax-error", p.message);
    }
    return ReportTranslator.translate(source, parsed.document, sink);
  }

  /**
   * Runs the rules in order. A rule that throws is reported once as {@code rule-failed}; the
   * findings it made before failing are kept (they are true findings), the rest are missing.
   */
  private void validate(AnnualReport report, SourceText source, DiagnosticSink sink) {
    for (Rule rule : rules) {
      Severity severity = severities.getOrDefault(rule.id(), rule.defaultSeverity());
      Context ctx = new Context(rule, severity, sink, source);
      try {
        rule.check(report, ctx);
      } catch (RuntimeException | StackOverflowError e) {
        sink.add(Severity.ERROR, "rule-failed", Optional.empty(), Optional.empty(), List.of(),
            "rule-failed", rule.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  private final class Context implements RuleContext {
    private final Rule rule;
    private final Severity severity;
    private final DiagnosticSink sink;
    private final SourceText source;

    Context(Rule rule, Severity severity, DiagnosticSink sink, SourceText source) {
      this.rule = rule;
      this.severity = severity;
      this.sink = sink;
      this.source = source;
    }

    @Override
    public Optional<CharSequence> input() {
      return Optional.ofNullable(source).map(SourceText::original);
    }

    @Override
    public Optional<SourceSpan> span(int offset, int endOffset) {
      return Optional.ofNullable(source).map(s -> s.originalSpan(offset, endOffset));
    }

    @Override
    public Locale locale() {
      return options.locale();
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public void report(Finding finding) {
      sink.add(Diagnostic.builder()
          .severity(severity)
          .code(rule.id())
          .message(finding.message())
          .span(finding.span())
          .path(finding.path())
          .addAllRelated(finding.related())
          .build());
    }

    @Override
    public String message(String key, Object... args) {
      return messages.format(key, args);
    }
  }

}
