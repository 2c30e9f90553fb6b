package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.model.ApplicantColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a row's numbers in its columns when the count is off by one or two (a cell gained or lost
 * across a page break): tries every way to drop the extra cells or leave a gap, keeps the placements
 * under which the row's own sum holds (A2 for the applications table, A4 for section 四), and
 * returns them. One distinct result means the placement is certain.
 */
final class CellAligner {

  /** Completes a row: solves at most one gap and checks the sums; null if the sums cannot hold. */
  interface Sums {
    Long[] complete(Long[] values);
  }

  private CellAligner() {}

  /** Placements of {@code v} (all numbers) into an applications row laid out as {@code layout}. */
  static List<List<RawCell>> fits(List<RawCell> v, List<ApplicantColumn> layout, int expected) {
    int total = layout.indexOf(ApplicantColumn.TOTAL);
    int sub = layout.indexOf(ApplicantColumn.LEGAL_PERSON_SUBTOTAL);
    return fits(v, expected, values -> completeRow(values, total, sub));
  }

  /** Placements of {@code v} (all numbers) into {@code expected} slots that {@code sums} accepts. */
  static List<List<RawCell>> fits(List<RawCell> v, int expected, Sums sums) {
    List<List<RawCell>> out = new ArrayList<>();
    List<Long[]> seen = new ArrayList<>();
    int diff = v.size() - expected;
    if (diff > 2 || diff < -1 || diff == 0) {
      return out;
    }
    if (diff > 0) {
      int n = v.size();
      for (int a = 0; a < n; a++) {
        for (int b = diff == 2 ? a + 1 : n; b < n || (diff == 1 && b == n); b++) {
          List<RawCell> kept = new ArrayList<>(expected);
          for (int i = 0; i < n; i++) {
            if (i != a && (diff == 1 || i != b)) {
              kept.add(v.get(i));
            }
          }
          consider(kept, sums, out, seen);
          if (diff == 1) {
            break;
          }
        }
      }
    } else {
      for (int gap = 0; gap < expected; gap++) {
        List<RawCell> placed = new ArrayList<>(expected);
        placed.addAll(v.subList(0, gap));
        placed.add(null);
        placed.addAll(v.subList(gap, v.size()));
        consider(placed, sums, out, seen);
      }
    }
    return out;
  }

  private static void consider(List<RawCell> placed, Sums sums, List<List<RawCell>> out, List<Long[]> seen) {
    Long[] values = new Long[placed.size()];
    for (int i = 0; i < values.length; i++) {
      RawCell c = placed.get(i);
      values[i] = c == null ? null : c.value().number().longValue();
    }
    Long[] done = sums.complete(values);
    if (done == null) {
      return;
    }
    for (Long[] s : seen) {
      if (Arrays.equals(s, done)) {
        return;
      }
    }
    seen.add(done);
    out.add(placed);
  }

  private static Long[] completeRow(Long[] values, int total, int sub) {
    Long[] v = values.clone();
    List<Integer> parts = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (i != total && i != sub) {
        parts.add(i);
      }
    }
    if (!solve(v, total, parts)) {
      return null;
    }
    if (sub >= 0 && !solve(v, sub, parts.subList(1, parts.size()))) {
      return null;
    }
    return v;
  }

  /** Section 四: three groups of five, each 总计 = the four parts. */
  static Long[] completeOutcomes(Long[] values) {
    Long[] v = values.clone();
    for (int g = 0; g < 3; g++) {
      int base = g * 5;
      if (!solve(v, base + 4, List.of(base, base + 1, base + 2, base + 3))) {
        return null;
      }
    }
    return v;
  }

  /** v[total] = Σ v[parts], solving one null cell; false if it cannot hold. */
  private static boolean solve(Long[] v, int total, List<Integer> parts) {
    long sum = 0;
    int gap = -1;
    for (int p : parts) {
      if (v[p] == null) {
        if (gap >= 0) {
          return false;
        }
        gap = p;
      } else {
        try {
          sum = Math.addExact(sum, v[p]);
        } catch (ArithmeticException overflow) {
          return false; // beyond the range of long: no placement is certain
        }
      }
    }
    if (v[total] == null) {
      if (gap >= 0) {
        return false;
      }
      v[total] = sum;
      return true;
    }
    if (gap >= 0) {
      long rest = v[total] - sum;
      if (rest < 0) {
        return false;
      }
      v[gap] = rest;
      return true;
    }
    return sum == v[total];
  }
}
