package io.github.ogireport.rules;

import io.github.ogireport.model.Located;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The printed terms of a sum, each with its label, for the arithmetic rules: its value, how it reads
 * ({@code 自然人 2 + 商业企业 1 + …}) and where its cells are. A sum exists only when every term is
 * printed: a rule never reads an absent cell as 0.
 */
final class Sum {

  private final List<String> labels;
  private final List<Located<Long>> terms;

  private Sum(List<String> labels, List<Located<Long>> terms) {
    this.labels = labels;
    this.terms = terms;
  }

  /** The labels of {@code items}, as an immutable list that {@link #of} keeps without copying. */
  static <T> List<String> labels(List<T> items, java.util.function.Function<T, String> label) {
    List<String> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(label.apply(item));
    }
    return List.copyOf(out);
  }

  /** The sum of {@code values} labelled {@code labels}; empty if any value is absent. */
  static Optional<Sum> of(List<String> labels, List<Optional<Located<Long>>> values) {
    List<Located<Long>> terms = new ArrayList<>(values.size());
    for (Optional<Located<Long>> v : values) {
      if (v.isEmpty()) {
        return Optional.empty();
      }
      terms.add(v.get());
    }
    return Optional.of(new Sum(List.copyOf(labels), terms));
  }

  /** The value of the sum, exactly (counts near the range of long add up beyond it). */
  java.math.BigInteger value() {
    java.math.BigInteger s = java.math.BigInteger.ZERO;
    for (Located<Long> t : terms) {
      s = s.add(java.math.BigInteger.valueOf(t.value()));
    }
    return s;
  }

  /** True if the sum is {@code total}. */
  boolean is(long total) {
    return value().equals(java.math.BigInteger.valueOf(total));
  }

  /** Every term, as {@code label value + label value + …}. */
  String expression() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) {
        sb.append(" + ");
      }
      sb.append(labels.get(i)).append(' ').append(terms.get(i).value());
    }
    return sb.toString();
  }

  /** The non-zero terms only, as {@code label value + …}; empty text if all are zero. */
  String nonZeroExpression() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).value() == 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(labels.get(i)).append(' ').append(terms.get(i).value());
    }
    return sb.toString();
  }

  /** How many terms are zero. */
  int zeroTerms() {
    int n = 0;
    for (Located<Long> t : terms) {
      if (t.value() == 0) {
        n++;
      }
    }
    return n;
  }

  /** The positions of the terms that have one, in order. */
  List<SourceSpan> spans() {
    List<SourceSpan> out = new ArrayList<>(terms.size());
    for (Located<Long> t : terms) {
      t.span().ifPresent(out::add);
    }
    return out;
  }
}
