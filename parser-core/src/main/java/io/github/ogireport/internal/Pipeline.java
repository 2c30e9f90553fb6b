package io.github.ogireport.internal;

import io.github.ogireport.ParseResult;
import io.github.ogireport.ParserOptions;
import io.github.ogireport.internal.antlr.GrammarFrontEnd;
import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.diag.Messages;
import io.github.ogireport.internal.html.HtmlText;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawDocument;
import io.github.ogireport.internal.layout.RawLine;
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
          "internal-error", describe(e));
      report = AnnualReport.builder().build();
    }
    validate(report, source, sink);
    sink.regrade(severities, disabled);
    return ParseResult.builder().report(report).diagnostics(sink.sorted()).build();
  }

  /**
   * Applies the input limit and normalises the text (an HTML page is converted first); lines longer
   * than the line limit are cut while normalising and reported.
   */
  private SourceText prepare(CharSequence input, DiagnosticSink sink) {
    CharSequence text = input == null ? "" : input;
    if (text.length() > options.maxInputChars()) {
      sink.add(Severity.ERROR, "input-too-large", Optional.empty(), Optional.empty(), List.of(),
          "input-too-large", String.valueOf(text.length()), String.valueOf(options.maxInputChars()));
      text = text.subSequence(0, options.maxInputChars());
    }
    if (HtmlText.looksLikeHtml(text)) {
      return HtmlText.source(text);
    }
    SourceText source = SourceText.of(text, options.maxLineChars());
    for (int cut : source.cutOffsets()) {
      SourceSpan kept = source.span(cut - 1, cut);
      sink.add(Severity.ERROR, "line-too-long", Optional.of(kept), Optional.empty(), List.of(),
          "line-too-long", String.valueOf(options.maxLineChars()), String.valueOf(kept.endColumn()));
    }
    return source;
  }

  /**
   * Lexes, parses and translates {@code source}, enforcing the limits of the options on the way: each
   * stops its part of the work early and is reported as an error here.
   */
  private AnnualReport parse(SourceText source, DiagnosticSink sink) {
    GrammarFrontEnd.Result parsed = GrammarFrontEnd.parse(source, options.maxTokens(),
        options.maxTableRows(), options.maxNumberDigits());
    if (parsed.document.truncated()) {
      sink.add(Severity.ERROR, "too-many-tokens", Optional.empty(), Optional.empty(), List.of(),
          "too-many-tokens", String.valueOf(options.maxTokens()));
    }
    if (parsed.rowLimitOffset >= 0) {
      sink.add(Severity.ERROR, "too-many-rows", Optional.of(source.point(parsed.rowLimitOffset)),
          Optional.empty(), List.of(), "too-many-rows", String.valueOf(options.maxTableRows()));
    }
    for (GrammarFrontEnd.SyntaxProblem p : parsed.problems) {
      sink.add(Severity.WARNING, "syntax-error", Optional.of(source.point(p.offset)), Optional.empty(),
          List.of(), "syntax-error", p.message);
    }
    reportLongNumbers(source, parsed.document, sink);
    return ReportTranslator.translate(source, parsed.document, sink);
  }

  /** One {@code number-too-long} error per cell whose number has more digits than the limit. */
  private void reportLongNumbers(SourceText source, RawDocument doc, DiagnosticSink sink) {
    reportLongNumbers(source, doc.titleBlock(), sink);
    for (RawDocument.RawSection s : doc.sections()) {
      reportLongNumbers(source, List.of(s.heading()), sink);
      reportLongNumbers(source, s.lines(), sink);
    }
  }

  private void reportLongNumbers(SourceText source, List<RawLine> lines, DiagnosticSink sink) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      List<RawCell> cells = lines.get(i).cells();
      for (int j = 0, m = cells.size(); j < m; j++) {
        RawCell cell = cells.get(j);
        if (cell.isTooLong()) {
          sink.add(Severity.ERROR, "number-too-long", Optional.of(source.span(cell.start(), cell.end())),
              Optional.empty(), List.of(), "number-too-long", String.valueOf(options.maxNumberDigits()));
        }
      }
    }
  }

  /** The throwable's class, message and the frame that threw it, for a bug report. */
  private static String describe(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return e.getClass().getSimpleName() + ": " + e.getMessage() + where;
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
            "rule-failed", rule.id(), describe(e));
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
