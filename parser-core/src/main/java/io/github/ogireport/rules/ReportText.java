package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of the report's text for the rules that read prose or labels: taken from the original
 * input when the context has it (then every match has its exact position), else from the model's
 * {@link Section#text()} (then positions fall back to the section heading). The stretch is
 * {@code [start(), end())} of {@link #text()}: a section of the input is read in place, not copied.
 */
final class ReportText {

  private final String text;
  private final int start;
  private final int end;
  /** True when offsets in {@link #text} are offsets in the input. */
  private final boolean exact;
  private final Optional<SourceSpan> fallback;
  private final RuleContext context;

  private ReportText(String text, int start, int end, boolean exact, Optional<SourceSpan> fallback,
      RuleContext context) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.exact = exact;
    this.fallback = fallback;
    this.context = context;
  }

  /** The text of section {@code number}, heading line included; empty if the section is missing. */
  static Optional<ReportText> section(AnnualReport report, RuleContext context, int number) {
    List<Section> sections = report.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (s.number() != number) {
        continue;
      }
      Optional<CharSequence> input = context.input();
      if (input.isPresent() && s.span().isPresent()) {
        String all = input.get().toString(); // a String (what callers pass) is its own toString: no copy
        int start = s.span().get().offset();
        int end = all.length();
        if (i + 1 < sections.size() && sections.get(i + 1).span().isPresent()) {
          end = sections.get(i + 1).span().get().offset();
        }
        if (start >= 0 && start <= end && end <= all.length()) {
          return Optional.of(new ReportText(all, start, end, true, s.span(), context));
        }
      }
      String own = s.heading() + "\n" + s.text();
      return Optional.of(new ReportText(own, 0, own.length(), false, s.span(), context));
    }
    return Optional.empty();
  }

  /** The whole input when the context has it, else the title and every section's text. */
  static ReportText whole(AnnualReport report, RuleContext context) {
    Optional<CharSequence> input = context.input();
    if (input.isPresent()) {
      String all = input.get().toString();
      return new ReportText(all, 0, all.length(), true, Optional.empty(), context);
    }
    StringBuilder sb = new StringBuilder();
    report.title().ifPresent(t -> sb.append(t.value()).append('\n'));
    for (Section s : report.sections()) {
      sb.append(s.heading()).append('\n').append(s.text()).append('\n');
    }
    return new ReportText(sb.toString(), 0, sb.length(), false, Optional.empty(), context);
  }

  /** The text the stretch is part of; offsets into it are the offsets this class takes. */
  String text() {
    return text;
  }

  /** Where the stretch starts in {@link #text()}. */
  int start() {
    return start;
  }

  /** Where the stretch ends in {@link #text()} (exclusive). */
  int end() {
    return end;
  }

  /** True when positions within the text are exact. */
  boolean exact() {
    return exact;
  }

  /** The exact span of {@code [from, to)} of {@link #text()}; empty when not {@link #exact()}. */
  Optional<SourceSpan> exactSpan(int from, int to) {
    return exact ? context.span(from, to) : Optional.empty();
  }

  /** The exact span of {@code [from, to)}, or the section heading when positions are not exact. */
  Optional<SourceSpan> span(int from, int to) {
    return exact ? context.span(from, to) : fallback;
  }
}
