package io.github.ogireport.internal.reconstruct;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a run of numbers printed without separators ("230 000023", "2648-18538", "13575394432.52元")
 * into a given number of cells, enumerating every split a printed table could have produced: a space
 * always separates two cells; a minus sign starts a cell; a decimal point and a unit (元, 万元) stay
 * inside their cell (the unit in the last one); no cell has a leading zero ("0" itself excepted). A
 * {@link Check} prunes the enumeration with the sums the cells must satisfy.
 *
 * <p>The enumeration is bounded: runs longer than {@link #MAX_RUN} characters are not split, and the
 * search stops after {@code budget} steps or once {@code maxResults + 1} splits were found, setting
 * {@link Result#limited}. A hostile digit run therefore costs at most {@code budget} steps.
 */
final class DigitSplitter {

  /** Longest run (characters, spaces included) that is split at all. */
  static final int MAX_RUN = 80;
  /** Default number of search steps per run. */
  static final int BUDGET = 100_000;
  /** Longest cell, in digits: a count must fit a {@code long}. */
  private static final int MAX_CELL_DIGITS = 18;
  /** Longest cell, in chars: sign, 18 digits, point, decimals, unit. */
  private static final int MAX_CELL = 40;

  /** What a cell may hold. */
  enum CellKind {
    /** An integer ≥ 0. */
    COUNT,
    /** An integer that may be negative (本年增/减). */
    SIGNED_COUNT,
    /** A decimal ≥ 0, maybe with a unit (the last cell only). */
    AMOUNT
  }

  /** Accepts or rejects the cells filled so far. */
  interface Check {
    /**
     * True if {@code values[0..filled)} can still belong to an acceptable split ({@code filled ==
     * values.length} for a complete one).
     */
    boolean accept(BigDecimal[] values, int filled);
  }

  /** One split: each cell's [start, end) relative to the run's start, and its value. */
  static final class Split {
    final int[] starts;
    final int[] ends;
    final BigDecimal[] values;

    Split(int[] starts, int[] ends, BigDecimal[] values) {
      this.starts = starts;
      this.ends = ends;
      this.values = values;
    }

    /** The cells' values as longs (counts only). */
    long[] longs() {
      long[] out = new long[values.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = values[i].longValue();
      }
      return out;
    }

    /** The split as printed cells: "23 | 0 | 0". */
    String describe(String run) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < starts.length; i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        sb.append(run, starts[i], ends[i]);
      }
      return sb.toString();
    }
  }

  /** The splits found, and whether the search was cut short (too long, too many steps, too many splits). */
  static final class Result {
    final List<Split> splits = new ArrayList<>();
    boolean limited;
    /** Search steps taken. */
    int steps;
  }

  private final String run;
  private final CellKind[] kinds;
  private final Check check;
  private final int maxResults;
  private final int budget;
  /** End of the digits before the unit: the unit belongs to the last cell. */
  private final int unitStart;
  private final Result result = new Result();
  private final int[] starts;
  private final int[] ends;
  private final BigDecimal[] values;
  /** Non-space chars from each index to the end. */
  private final int[] rest;
  /** Index of the first minus sign at or after each index (run length if none). */
  private final int[] nextMinus;
  /** Longest cell, in chars. */
  private final int maxCell;
  /** The sum all cells must have (a row's total), or -1 for none. */
  private long target = -1;
  /** Running sums of the cells placed, when there is a target. */
  private final long[] sums;
  private int steps;

  private DigitSplitter(String run, CellKind[] kinds, Check check, int maxResults, int budget, int maxCell) {
    this.run = run;
    this.maxCell = maxCell;
    this.rest = new int[run.length() + 1];
    this.nextMinus = new int[run.length() + 2];
    nextMinus[run.length()] = run.length();
    nextMinus[run.length() + 1] = run.length();
    for (int i = run.length() - 1; i >= 0; i--) {
      rest[i] = rest[i + 1] + (run.charAt(i) == ' ' ? 0 : 1);
      nextMinus[i] = run.charAt(i) == '-' ? i : nextMinus[i + 1];
    }
    this.kinds = kinds;
    this.check = check;
    this.maxResults = maxResults;
    this.budget = budget;
    int u = run.length();
    if (run.endsWith("万元")) {
      u -= 2;
    } else if (run.endsWith("元")) {
      u -= 1;
    }
    this.unitStart = u;
    this.starts = new int[kinds.length];
    this.ends = new int[kinds.length];
    this.values = new BigDecimal[kinds.length];
    this.sums = new long[kinds.length];
  }

  /**
   * The splits of {@code run} into {@code kinds.length} cells of those kinds that {@code check}
   * accepts, at most {@code maxResults} of them (more, or a search past {@code budget} steps, sets
   * {@link Result#limited}).
   */
  static Result split(String run, CellKind[] kinds, Check check, int maxResults, int budget) {
    return split(run, kinds, check, maxResults, budget, MAX_CELL);
  }

  /**
   * The splits of a row of counts whose last cell is the total of the others (A2). The total is
   * chosen first (a suffix of the run), then the other cells, each no longer than the total and their
   * running sum never above it: the sum prunes the search.
   */
  static Result splitRow(String run, int cells, int maxResults, int budget) {
    Result out = new Result();
    if (run.length() > MAX_RUN || cells < 2 || run.isEmpty()) {
      out.limited = run.length() > MAX_RUN;
      return out;
    }
    CellKind[] parts = new CellKind[cells - 1];
    Arrays.fill(parts, CellKind.COUNT);
    int n = run.length();
    for (int p = n - 1; p >= 1 && n - p <= MAX_CELL_DIGITS && run.charAt(p) != ' '; p--) {
      char before = run.charAt(p - 1);
      if (!isDigit(run.charAt(p)) || !isDigit(before) && before != ' ' || run.charAt(p) == '0' && p < n - 1) {
        continue; // no cut here, or a leading zero
      }
      BigDecimal total = new BigDecimal(run.substring(p));
      int e = p;
      while (e > 0 && run.charAt(e - 1) == ' ') {
        e--;
      }
      String prefix = run.substring(0, e);
      DigitSplitter s = new DigitSplitter(prefix, parts, ANY, maxResults - out.splits.size(), budget - out.steps, n - p);
      s.target = total.longValueExact();
      Result r = s.run();
      out.steps += r.steps;
      for (Split part : r.splits) {
        int[] starts = Arrays.copyOf(part.starts, cells);
        int[] ends = Arrays.copyOf(part.ends, cells);
        BigDecimal[] values = Arrays.copyOf(part.values, cells);
        starts[cells - 1] = p;
        ends[cells - 1] = n;
        values[cells - 1] = total;
        out.splits.add(new Split(starts, ends, values));
      }
      if (r.limited) {
        out.limited = true;
        break;
      }
    }
    return out;
  }

  private static Result split(String run, CellKind[] kinds, Check check, int maxResults, int budget, int maxCell) {
    return new DigitSplitter(run, kinds, check, maxResults, budget, maxCell).run();
  }

  private Result run() {
    if (run.length() > MAX_RUN || kinds.length == 0 || run.isEmpty() || budget <= 0 || maxResults <= 0) {
      result.limited = run.length() > MAX_RUN || budget <= 0 || maxResults <= 0;
      return result;
    }
    search(0, 0);
    result.steps = Math.min(steps, budget);
    return result;
  }

  /** Number of cells the run's spaces and minus signs force at least (each group is one cell or more). */
  static int minimumCells(String run) {
    int n = 0;
    boolean inGroup = false;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c == ' ') {
        inGroup = false;
      } else if (!inGroup || c == '-') {
        n++;
        inGroup = true;
      }
    }
    return n;
  }

  /** Places cell {@code k} at {@code pos}; returns false once the search must stop. */
  private boolean search(int k, int pos) {
    if (++steps > budget) {
      result.limited = true;
      return false;
    }
    int n = kinds.length;
    while (pos < run.length() && run.charAt(pos) == ' ') {
      pos++;
    }
    if (k == n) {
      if (pos < run.length()) {
        return true; // digits left over
      }
      if (result.splits.size() >= maxResults) {
        result.limited = true;
        return false;
      }
      result.splits.add(new Split(starts.clone(), ends.clone(), values.clone()));
      return true;
    }
    if (pos >= run.length()) {
      return true; // cells left over
    }
    int groupEnd = pos;
    while (groupEnd < run.length() && run.charAt(groupEnd) != ' ') {
      groupEnd++;
    }
    if (k == n - 1) {
      // the last cell takes the rest of the run, which must not span a space
      return groupEnd < run.length() || place(k, pos, run.length());
    }
    // a minus sign inside a cell must start the next one; a cell is at most MAX_CELL chars long
    int limit = Math.min(Math.min(groupEnd, nextMinus[pos + 1]), pos + maxCell);
    for (int end = pos + 1; end <= limit; end++) {
      if (end < groupEnd && !cutAllowed(end)) {
        continue;
      }
      if (!place(k, pos, end)) {
        return false;
      }
    }
    values[k] = null;
    return true;
  }

  /** Tries cell {@code k} over [pos, end) and goes on; false once the search must stop. */
  private boolean place(int k, int pos, int end) {
    if (++steps > budget) {
      result.limited = true;
      return false;
    }
    BigDecimal v = value(pos, end, kinds[k], k == kinds.length - 1);
    if (v == null) {
      return true;
    }
    int left = kinds.length - 1 - k;
    if (rest[end] < left || rest[end] > (long) left * maxCell) {
      return true; // the cells left cannot hold the chars left
    }
    if (target >= 0) {
      long sum = (k == 0 ? 0 : sums[k - 1]) + v.longValue();
      if (sum > target || left == 0 && sum != target
          || left > 0 && (sum + largest(rest[end], left) < target || sum + smallest(rest[end], left) > target)) {
        return true; // the cells cannot add up to the total
      }
      sums[k] = sum;
    }
    starts[k] = pos;
    ends[k] = end;
    values[k] = v;
    return !check.accept(values, k + 1) || search(k + 1, end);
  }

  /** The largest sum {@code cells} cells can print with {@code chars} digits: one long cell, the rest 9s. */
  private static long largest(int chars, int cells) {
    int longest = chars - cells + 1;
    return (longest >= 18 ? Long.MAX_VALUE / 2 : pow10(longest) - 1) + 9L * (cells - 1);
  }

  /**
   * A lower bound of the sum {@code cells} cells print with {@code chars} digits: one of them has at
   * least chars / cells digits (rounded up), and a cell of d ≥ 2 digits has no leading zero.
   */
  private static long smallest(int chars, int cells) {
    int longest = (chars + cells - 1) / cells;
    return longest < 2 ? 0 : longest > 18 ? Long.MAX_VALUE / 2 : pow10(longest - 1);
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  /** A cut between {@code at - 1} and {@code at} inside a group: digit|digit or digit|minus. */
  private boolean cutAllowed(int at) {
    char a = run.charAt(at - 1);
    char b = run.charAt(at);
    return at <= unitStart && isDigit(a) && (isDigit(b) || b == '-');
  }

  /** The value of [pos, end) as a cell of {@code kind}, or null if such a cell cannot print it. */
  private BigDecimal value(int pos, int end, CellKind kind, boolean last) {
    int digitsEnd = Math.min(end, unitStart);
    if (end > unitStart && (!last || kind != CellKind.AMOUNT)) {
      return null; // a unit only on the last cell, an amount
    }
    int i = pos;
    boolean negative = false;
    if (run.charAt(i) == '-') {
      if (kind != CellKind.SIGNED_COUNT) {
        return null;
      }
      negative = true;
      i++;
    }
    int intStart = i;
    while (i < digitsEnd && isDigit(run.charAt(i)) && i - intStart <= MAX_CELL_DIGITS) {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits == 0 || intDigits > MAX_CELL_DIGITS) {
      return null;
    }
    if (intDigits > 1 && run.charAt(intStart) == '0') {
      return null; // no leading zero
    }
    if (i < digitsEnd) {
      if (kind != CellKind.AMOUNT || run.charAt(i) != '.' || i + 1 >= digitsEnd) {
        return null;
      }
      i++;
      while (i < digitsEnd && isDigit(run.charAt(i))) {
        i++;
      }
      if (i < digitsEnd) {
        return null;
      }
    }
    BigDecimal v = new BigDecimal(run.substring(negative ? intStart - 1 : intStart, digitsEnd));
    if (negative && v.signum() == 0) {
      return null;
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A check that accepts everything. */
  static final Check ANY = (values, filled) -> true;

  /** The check of section 四's row: three groups of five, each 总计 = the four before it (A4). */
  static Check groupTotals(int groupSize) {
    return (values, filled) -> {
      if (filled % groupSize != 0) {
        return true;
      }
      int base = filled - groupSize;
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = base; i < filled - 1; i++) {
        sum = sum.add(values[i]);
      }
      return sum.compareTo(values[filled - 1]) == 0;
    };
  }
}
