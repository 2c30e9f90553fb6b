package io.github.ogireport.rules;

import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link Rule} gets besides the report: where to report, the locale of messages, and (in
 * later versions) more facts about the parse. An interface so it can grow without breaking rules.
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
}
