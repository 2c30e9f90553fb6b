package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.internal.translate.Labels;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds section 四's row of 15 cells from a {@link CellStream}: the values in printed order. When
 * the header's words are printed between the numbers and the numbers come out in blocks out of order
 * (corpus 021: "72 64 178 37", "12 1 1 6", "351", "13 4 8 1 26", "20"), the blocks are put back in
 * the order that (1) makes each group's 总计 the sum of its four results (A4), (2) agrees with a
 * group name printed alone just before a block (复议后起诉 before "12 1 1 6"), and (3) moves the
 * blocks least from their printed order. One such order is used and reported; none or several leave
 * the row in printed order, or absent, with a warning.
 */
final class ReviewsStream {

  static final int CELLS = 15;
  private static final String[][] GROUP_NAMES = {{"行政复议"}, {"未经复议", "直接起诉"}, {"复议后起诉", "复议后"}};

  private ReviewsStream() {}

  /** The data row of section 四 in {@code stream}, or empty if it holds no value; reports through {@code sink}. */
  static Optional<List<RawLine>> rebuild(CellStream stream, SourceText source, DiagnosticSink sink) {
    List<List<RawCell>> blocks = new ArrayList<>();
    List<Integer> anchors = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    List<RawCell> current = null;
    for (CellStream.Token t : stream.tokens()) {
      if (t.value) {
        if (current == null) {
          current = new ArrayList<>();
          blocks.add(current);
          anchors.add(group(Labels.fold(before.toString())));
          before.setLength(0);
        }
        current.add(t.cell);
      } else {
        current = null;
        before.append(t.text());
      }
    }
    List<RawCell> printed = new ArrayList<>();
    for (List<RawCell> b : blocks) {
      printed.addAll(b);
    }
    int to = printed.size();
    while (to > 0 && printed.get(to - 1).isEmpty()) {
      to--;
    }
    printed = printed.subList(0, to);
    if (printed.isEmpty()) {
      return Optional.empty();
    }
    if (printed.size() != CELLS || blocks.size() == 1 || sumsHold(printed) != Boolean.FALSE) {
      return Optional.of(List.of(line(printed)));
    }
    if (blocks.size() > Permutations.MAX || printed.stream().anyMatch(c -> !c.value().isCount())) {
      sink.add(Severity.WARNING, "reviews-order-unverified", Optional.of(span(source, printed)),
          Optional.of("reviewsAndLawsuits"), List.of(), "reviews-order-unverified", ApplicationsStream.numbers(printed));
      return Optional.of(List.of(line(printed)));
    }
    List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MAX_VALUE;
    for (int[] order : Permutations.of(blocks.size())) {
      List<RawCell> cells = concat(blocks, order);
      if (cells.size() != CELLS || sumsHold(cells) != Boolean.TRUE || !anchored(blocks, anchors, order)) {
        continue;
      }
      int score = inversions(order);
      if (score < bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore) {
        best.add(order);
      }
    }
    if (best.isEmpty()) {
      sink.add(Severity.WARNING, "reviews-order-unverified", Optional.of(span(source, printed)),
          Optional.of("reviewsAndLawsuits"), List.of(), "reviews-order-unverified", ApplicationsStream.numbers(printed));
      return Optional.of(List.of(line(printed)));
    }
    if (best.size() > 1) {
      sink.add(Severity.WARNING, "cells-ambiguous", Optional.of(span(source, printed)),
          Optional.of("reviewsAndLawsuits"), spans(source, printed), "reviews-order-ambiguous",
          ApplicationsStream.numbers(printed), String.valueOf(best.size()));
      return Optional.of(List.of());
    }
    List<RawCell> chosen = concat(blocks, best.get(0));
    sink.add(Severity.WARNING, "reviews-order-rebuilt", Optional.of(span(source, printed)),
        Optional.of("reviewsAndLawsuits"), spans(source, chosen), "reviews-order-rebuilt",
        ApplicationsStream.numbers(printed), ApplicationsStream.numbers(chosen));
    return Optional.of(List.of(line(chosen)));
  }

  /** The group (0–2) a header text names alone, or -1 if it names none or several. */
  private static int group(String folded) {
    int found = -1;
    for (int g = 0; g < GROUP_NAMES.length; g++) {
      for (String name : GROUP_NAMES[g]) {
        if (folded.contains(name)) {
          if (found >= 0 && found != g) {
            return -1;
          }
          found = g;
          break;
        }
      }
    }
    return found;
  }

  /** True if every block preceded by a lone group name starts inside that group's five cells. */
  private static boolean anchored(List<List<RawCell>> blocks, List<Integer> anchors, int[] order) {
    int at = 0;
    for (int b : order) {
      int g = anchors.get(b);
      if (g >= 0 && at / 5 != g) {
        return false;
      }
      at += blocks.get(b).size();
    }
    return true;
  }

  /** A4 on 15 cells: each group's 总计 equals its four results; null if a cell is not a count. */
  static Boolean sumsHold(List<RawCell> cells) {
    long[] v = new long[CELLS];
    for (int i = 0; i < CELLS; i++) {
      if (!cells.get(i).value().isCount()) {
        return null;
      }
      v[i] = cells.get(i).value().number().longValueExact();
    }
    for (int g = 0; g < 3; g++) {
      int b = g * 5;
      if (v[b] + v[b + 1] + v[b + 2] + v[b + 3] != v[b + 4]) {
        return false;
      }
    }
    return true;
  }

  private static List<RawCell> concat(List<List<RawCell>> blocks, int[] order) {
    List<RawCell> out = new ArrayList<>(CELLS);
    for (int b : order) {
      out.addAll(blocks.get(b));
    }
    return out;
  }

  private static int inversions(int[] order) {
    int n = 0;
    for (int i = 0; i < order.length; i++) {
      for (int j = i + 1; j < order.length; j++) {
        if (order[i] > order[j]) {
          n++;
        }
      }
    }
    return n;
  }

  private static RawLine line(List<RawCell> cells) {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (RawCell c : cells) {
      start = Math.min(start, c.start());
      end = Math.max(end, c.end());
    }
    return new RawLine(RawLine.Kind.ROW, start, Math.max(start, end), 0, new ArrayList<>(cells));
  }

  private static SourceSpan span(SourceText source, List<RawCell> cells) {
    int s = Integer.MAX_VALUE;
    int e = 0;
    for (RawCell c : cells) {
      s = Math.min(s, c.start());
      e = Math.max(e, c.end());
    }
    return source.span(s, Math.max(s, e));
  }

  private static List<SourceSpan> spans(SourceText source, List<RawCell> cells) {
    List<SourceSpan> out = new ArrayList<>(cells.size());
    for (RawCell c : cells) {
      out.add(source.span(c.start(), c.end()));
    }
    return out;
  }
}
