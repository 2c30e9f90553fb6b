package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section 四 as flattened text: the header words run into the 15 numbers
 * ("…尚未审结总计000000000000000", or "…总计 0 1 1 0 2 …" with spaces). The digit run is split into the
 * 15 cells so that each group's 总计 is the sum of the four before it (A4); the only such split is
 * taken, otherwise the best is kept and the alternatives are reported.
 */
final class FlatReviews {

  static final int CELLS = 15;
  static final int GROUP = 5;
  /** Most splits kept. */
  static final int MAX_CANDIDATES = 32;
  /** The row's name in diagnostics. */
  private static final String ROW = "行政复议、行政诉讼";

  /** Header words of section 四: a label run holding one of them precedes the numbers. */
  private static final Pattern HEADER = Pattern.compile("复议|诉讼|维持|审结");

  private final FlatRows rows;

  FlatReviews(FlatRows rows) {
    this.rows = rows;
  }

  Optional<List<RawLine>> rebuild(List<RawLine> lines) {
    String text = rows.text;
    int at = -1;
    FlatRuns.Pair data = null;
    for (int i = 0; i < lines.size() && data == null; i++) {
      RawCell only = FlatRows.only(lines.get(i));
      if (only == null) {
        continue;
      }
      for (FlatRuns.Pair p : FlatRuns.pairs(FlatRuns.of(text, only.start(), only.end(), false))) {
        if (p.label != null && p.numbers != null && HEADER.matcher(p.label.text).find()
            && digits(p.numbers.text) >= CELLS) {
          data = p;
          at = i;
        }
      }
    }
    if (data == null) {
      return Optional.empty();
    }
    List<RawLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (i != at) {
        out.add(rows.passThrough(lines.get(i)));
        continue;
      }
      RawCell only = lines.get(i).cells().get(0);
      out.add(rows.textRow(only.start(), data.label.end));
      DigitSplitter.Split split = choose(data.numbers);
      if (split != null) {
        out.add(FlatRows.row(rows.cells(data.numbers, split)));
      }
      if (data.numbers.end < only.end()) {
        out.add(rows.textRow(data.numbers.end, only.end()));
      }
    }
    return Optional.of(out);
  }

  /** The split of the 15 numbers: the only one under which A4 holds, else the best; reported. */
  private DigitSplitter.Split choose(FlatRuns.Run run) {
    String path = "reviewsAndLawsuits";
    DigitSplitter.CellKind[] kinds = new DigitSplitter.CellKind[CELLS];
    Arrays.fill(kinds, DigitSplitter.CellKind.COUNT);
    DigitSplitter.Result r = rows.spend(DigitSplitter.split(run.text, kinds, DigitSplitter.groupTotals(GROUP),
        MAX_CANDIDATES, rows.allowance()));
    List<DigitSplitter.Split> best = r.splits;
    int broken = 0;
    if (best.isEmpty() && !r.limited) {
      r = rows.spend(DigitSplitter.split(run.text, kinds, DigitSplitter.ANY, MAX_CANDIDATES, rows.allowance()));
      best = new ArrayList<>();
      broken = Integer.MAX_VALUE;
      for (DigitSplitter.Split s : r.splits) {
        int b = broken(s.values);
        if (b < broken) {
          broken = b;
          best.clear();
        }
        if (b == broken) {
          best.add(s);
        }
      }
    }
    if (r.limited) {
      rows.report(Severity.WARNING, "digits-split-failed", run, path, "digits-split-failed.limit", run.text,
          ROW, String.valueOf(CELLS));
      return null;
    }
    if (best.isEmpty()) {
      rows.report(Severity.WARNING, "digits-split-failed", run, path, "digits-split-failed.cells", run.text,
          ROW, String.valueOf(CELLS));
      return null;
    }
    DigitSplitter.Split kept = best.get(0);
    if (FlatRows.splits(run, kept)) {
      rows.report(Severity.INFO, "digits-split", run, path, "digits-split", run.text, ROW,
          kept.describe(run.text));
    }
    if (best.size() > 1) {
      rows.report(Severity.WARNING, "digits-split-ambiguous", run, path, "digits-split-ambiguous.many", run.text,
          ROW, String.valueOf(best.size()), FlatRows.describe(run, best), kept.describe(run.text));
    }
    if (broken > 0) {
      rows.report(Severity.WARNING, "digits-split-ambiguous", run, path, "digits-split-ambiguous.none",
          "A4", String.valueOf(broken), "3");
    }
    return kept;
  }

  /** Groups whose 总计 is not the sum of the four before it. */
  private static int broken(BigDecimal[] v) {
    int n = 0;
    for (int g = 0; g < CELLS / GROUP; g++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < GROUP - 1; i++) {
        sum = sum.add(v[g * GROUP + i]);
      }
      if (sum.compareTo(v[g * GROUP + GROUP - 1]) != 0) {
        n++;
      }
    }
    return n;
  }

  private static int digits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (FlatRuns.isDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
