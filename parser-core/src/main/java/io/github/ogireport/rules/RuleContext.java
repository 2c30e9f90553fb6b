package io.github.ogireport.rules;

import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link Rule} gets besides the report: where to report, the locale of messages, and the
 * input the report was read from. An interface so it can grow without breaking rules: every method
 * added later has a default.
 */
public interface RuleContext {

  /** The locale messages should be written in. */
  Locale locale();

  /** The effective severity of the running rule (its default unless re-graded). */
  Severity severity();

  /** Reports one finding of the running rule. */
  void report(Finding finding);

  /** Shorthand: reports {@code message} at {@code value}'s position, about the value at {@code path}. */
  default void report(String message, Optional<? extends Located<?>> value, String path) {
    report(Finding.builder()
        .message(message)
        .span(value.flatMap(Located::span))
        .path(path)
        .build());
  }

  /** Shorthand: reports {@code message} at {@code span} about {@code path}, with related places. */
  default void report(String message, Optional<SourceSpan> span, Optional<String> path,
      List<SourceSpan> related) {
    report(Finding.builder().message(message).span(span).path(path).addAllRelated(related).build());
  }

  /**
   * A message of the built-in bundle ({@code messages.properties}, {@code messages_zh.properties}) in
   * {@link #locale()}; for built-in rules. User rules bring their own texts.
   */
  String message(String key, Object... args);

  /**
   * The input the report was parsed from, exactly as given (before any normalisation; cut to
   * {@code maxInputChars} if it was longer). Rules that read the report's prose use it, with
   * {@link #span(int, int)}, to point at the exact words. Empty when the report was not parsed by
   * this run (a report built by hand); such rules then fall back to the {@code Section} texts.
   */
  default Optional<CharSequence> input() {
    return Optional.empty();
  }

  /**
   * The line and column span of the chars {@code [offset, endOffset)} of {@link #input()} (UTF-16
   * offsets, as {@link SourceSpan#offset()} counts them); empty when there is no input.
   */
  default Optional<SourceSpan> span(int offset, int endOffset) {
    return Optional.empty();
  }
}
