package io.github.ogireport.rules;

import io.github.ogireport.model.OgiStyle;
import io.github.ogireport.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Rule} reports: a message, where, the JSON path of the value concerned, and the other
 * places involved. The {@link RuleContext} adds the rule's id and effective severity.
 */
@Value.Immutable
@OgiStyle
public interface Finding {

  /** Human-readable explanation, with the numbers involved. */
  String message();

  /** Where the problem is; empty for whole-document findings. */
  Optional<SourceSpan> span();

  /** Dotted JSON path of the value concerned, e.g. {@code applications.granted.total}. */
  Optional<String> path();

  /** Other places involved, e.g. every cell of a failing sum. */
  List<SourceSpan> related();

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  class Builder extends ImmutableFinding.Builder {}
}
