package io.github.ogireport.rules;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of the report's text for the rules that read prose or labels: taken from the original
 * input when the context has it (then every match has its exact position), else from the model's
 * {@link Section#text()} (then positions fall back to the section heading).
 */
final class ReportText {

  private final String text;
  /** Offset of {@link #text} in the input; −1 when the text is not the input's. */
  private final int base;
  private final Optional<SourceSpan> fallback;
  private final RuleContext context;

  private ReportText(String text, int base, Optional<SourceSpan> fallback, RuleContext context) {
    this.text = text;
    this.base = base;
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
        int start = s.span().get().offset();
        int end = input.get().length();
        if (i + 1 < sections.size() && sections.get(i + 1).span().isPresent()) {
          end = sections.get(i + 1).span().get().offset();
        }
        if (start >= 0 && start <= end && end <= input.get().length()) {
          return Optional.of(new ReportText(input.get().subSequence(start, end).toString(), start, s.span(),
              context));
        }
      }
      return Optional.of(new ReportText(s.heading() + "\n" + s.text(), -1, s.span(), context));
    }
    return Optional.empty();
  }

  /** The whole input when the context has it, else the title and every section's text. */
  static ReportText whole(AnnualReport report, RuleContext context) {
    Optional<CharSequence> input = context.input();
    if (input.isPresent()) {
      return new ReportText(input.get().toString(), 0, Optional.empty(), context);
    }
    StringBuilder sb = new StringBuilder();
    report.title().ifPresent(t -> sb.append(t.value()).append('\n'));
    for (Section s : report.sections()) {
      sb.append(s.heading()).append('\n').append(s.text()).append('\n');
    }
    return new ReportText(sb.toString(), -1, Optional.empty(), context);
  }

  /** The text. */
  String text() {
    return text;
  }

  /** True when positions within the text are exact. */
  boolean exact() {
    return base >= 0;
  }

  /** The exact span of {@code [from, to)} of {@link #text()}; empty when not {@link #exact()}. */
  Optional<SourceSpan> exactSpan(int from, int to) {
    return base >= 0 ? context.span(base + from, base + to) : Optional.empty();
  }

  /** The exact span of {@code [from, to)}, or the section heading when positions are not exact. */
  Optional<SourceSpan> span(int from, int to) {
    return base >= 0 ? context.span(base + from, base + to) : fallback;
  }
}
