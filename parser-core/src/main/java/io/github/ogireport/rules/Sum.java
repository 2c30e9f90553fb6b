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
  private final Located<?>[] terms;
  private int size;
  private boolean complete = true;

  private Sum(List<String> labels) {
    this.labels = labels;
    this.terms = new Located<?>[labels.size()];
  }

  /** The labels of {@code items}, as an immutable list that {@link #over} keeps without copying. */
  static <T> List<String> labels(List<T> items, java.util.function.Function<T, String> label) {
    List<String> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(label.apply(item));
    }
    return List.copyOf(out);
  }

  /**
   * An empty sum of the terms labelled {@code labels} (an immutable list, kept as it is), to be given
   * its cells in order by {@link #add}. Nothing is copied per term: a rule checks thousands of sums
   * per second and reports few.
   */
  static Sum over(List<String> labels) {
    return new Sum(labels);
  }

  /**
   * Adds the next term, {@code cell}; an absent cell leaves the sum incomplete: it then has no value
   * (a rule never reads an absent cell as 0). At most as many terms as labels.
   */
  Sum add(Optional<Located<Long>> cell) {
    if (cell.isEmpty()) {
      complete = false;
    } else if (complete) {
      terms[size++] = cell.get();
    }
    return this;
  }

  /** True if every term was printed, i.e. the sum has a value. */
  boolean complete() {
    return complete && size == terms.length;
  }

  private long term(int i) {
    return (Long) terms[i].value();
  }

  /** The value of the sum, exactly (counts near the range of long add up beyond it). */
  java.math.BigInteger value() {
    java.math.BigInteger s = java.math.BigInteger.ZERO;
    for (int i = 0; i < size; i++) {
      s = s.add(java.math.BigInteger.valueOf(term(i)));
    }
    return s;
  }

  /** True if the sum is {@code total} (in {@code long} arithmetic unless it overflows). */
  boolean is(long total) {
    long s = 0;
    for (int i = 0; i < size; i++) {
      long v = term(i);
      long r = s + v;
      if (((s ^ r) & (v ^ r)) < 0) { // overflow: the exact sum cannot be a long
        return value().equals(java.math.BigInteger.valueOf(total));
      }
      s = r;
    }
    return s == total;
  }

  /** Every term, as {@code label value + label value + …}. */
  String expression() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        sb.append(" + ");
      }
      sb.append(labels.get(i)).append(' ').append(term(i));
    }
    return sb.toString();
  }

  /** The non-zero terms only, as {@code label value + …}; empty text if all are zero. */
  String nonZeroExpression() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < size; i++) {
      if (term(i) == 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(labels.get(i)).append(' ').append(term(i));
    }
    return sb.toString();
  }

  /** How many terms are zero. */
  int zeroTerms() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (term(i) == 0) {
        n++;
      }
    }
    return n;
  }

  /** The positions of the terms that have one, in order. */
  List<SourceSpan> spans() {
    List<SourceSpan> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      terms[i].span().ifPresent(out::add);
    }
    return out;
  }
}
