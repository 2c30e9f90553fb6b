package io.github.ogireport.rules;

import io.github.ogireport.model.ApplicantColumn;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.Counts;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Outcome;
import io.github.ogireport.model.OutcomeField;
import io.github.ogireport.model.SourceSpan;

/** Hand-built pieces of reports for rule tests. Every cell gets a distinct span: line = row, column = cell. */
final class Reports {

  private Reports() {}

  /** A span on {@code line} at {@code column}, one char wide (offsets made up but distinct). */
  static SourceSpan at(int line, int column) {
    int offset = line * 1000 + column;
    return SourceSpan.of(line, column, line, column + 1, offset, offset + 1);
  }

  /**
   * A row of the applications table from 7 values in {@link ApplicantColumn#STANDARD} order (or 8 in
   * {@link ApplicantColumn#WITH_SUBTOTAL} order); {@code null} leaves a cell absent. Cells stand on
   * line {@code line}, column = index + 1.
   */
  static Counts counts(int line, Long... values) {
    Counts.Builder b = Counts.builder().span(at(line, 1));
    java.util.List<ApplicantColumn> layout = values.length == 8 ? ApplicantColumn.WITH_SUBTOTAL : ApplicantColumn.STANDARD;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        b.set(layout.get(i), Located.of(values[i], at(line, i + 2)));
      }
    }
    return b.build();
  }

  /** A row of 自然人 {@code n}, zeros and 总计 {@code n}. */
  static Counts natural(int line, long n) {
    return counts(line, n, 0L, 0L, 0L, 0L, 0L, n);
  }

  /**
   * A consistent 2021-template applications table: {@code results} 自然人 in （一）予以公开, the rest 0;
   * 一 = {@code received}, 二 = {@code carriedOver}, 四 = received + carriedOver − results. Row k stands
   * on line 10 + k (k = ordinal).
   */
  static Applications.Builder table(long received, long carriedOver, long results) {
    Applications.Builder b = Applications.builder();
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r == ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        continue;
      }
      long n;
      switch (r) {
        case NEWLY_RECEIVED: n = received; break;
        case CARRIED_OVER: n = carriedOver; break;
        case GRANTED: case TOTAL_HANDLED: n = results; break;
        case CARRIED_FORWARD: n = received + carriedOver - results; break;
        default: n = 0;
      }
      b.putRows(r, natural(line(r), n));
    }
    return b;
  }

  /** The line {@link #table} puts row {@code r} on. */
  static int line(ApplicationRow r) {
    return 10 + r.ordinal();
  }

  /** A group of section 四 on line {@code line}: 维持, 纠正, 其他, 尚未审结, 总计 (null = absent). */
  static Outcome outcome(int line, Long... values) {
    Outcome.Builder b = Outcome.builder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        b.set(OutcomeField.values()[i], Located.of(values[i], at(line, i + 1)));
      }
    }
    return b.build();
  }
}
