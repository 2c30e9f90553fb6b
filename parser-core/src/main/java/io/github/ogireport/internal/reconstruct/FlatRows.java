package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the flattened-text reconstructors share: building rows of cells and reporting. */
final class FlatRows {

  /** Most alternatives a diagnostic lists. */
  static final int LISTED = 6;
  /**
   * Search steps all digit runs of one table may take together: a hostile table of many long runs
   * costs at most this much; runs past it are reported as not split.
   */
  static final int TABLE_BUDGET = 4 * DigitSplitter.BUDGET;

  private int budget = TABLE_BUDGET;

  final SourceText source;
  final String text;
  final DiagnosticSink sink;

  FlatRows(SourceText source, DiagnosticSink sink) {
    this.source = source;
    this.text = source.text();
    this.sink = sink;
  }

  /** The steps the next run may take: the per-run budget, or what is left of the table's. */
  int allowance() {
    return Math.min(DigitSplitter.BUDGET, budget);
  }

  /** Counts the steps {@code r} took against the table's budget; returns {@code r}. */
  DigitSplitter.Result spend(DigitSplitter.Result r) {
    budget = Math.max(0, budget - r.steps);
    return r;
  }

  RawCell cell(int start, int end) {
    return new RawCell(text.substring(start, end), start, end);
  }

  RawCell cell(FlatRuns.Run r) {
    return cell(r.start, r.end);
  }

  /** A row of {@code cells} (at least one). */
  static RawLine row(List<RawCell> cells) {
    return new RawLine(RawLine.Kind.ROW, cells.get(0).start(), cells.get(cells.size() - 1).end(), 0, cells);
  }

  /** A row of one text cell. */
  RawLine textRow(int start, int end) {
    return row(List.of(cell(start, end)));
  }

  /** The cells of {@code split} of the run {@code r}. */
  List<RawCell> cells(FlatRuns.Run r, DigitSplitter.Split split) {
    List<RawCell> out = new ArrayList<>(split.starts.length);
    for (int i = 0; i < split.starts.length; i++) {
      out.add(cell(r.start + split.starts[i], r.start + split.ends[i]));
    }
    return out;
  }

  /** The run's space-separated groups as cells, unsplit. */
  List<RawCell> groups(FlatRuns.Run r) {
    List<RawCell> out = new ArrayList<>();
    int i = r.start;
    while (i < r.end) {
      while (i < r.end && text.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (i < r.end && text.charAt(i) != ' ') {
        i++;
      }
      if (i > s) {
        out.add(cell(s, i));
      }
    }
    return out;
  }

  /** True if {@code split} cuts some of the run's space-separated groups: a split was chosen. */
  static boolean splits(FlatRuns.Run r, DigitSplitter.Split split) {
    return split.starts.length > DigitSplitter.minimumCells(r.text);
  }

  /** Up to {@link #LISTED} splits, described, separated by "; ". */
  static String describe(FlatRuns.Run r, List<DigitSplitter.Split> splits) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < splits.size() && i < LISTED; i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(splits.get(i).describe(r.text));
    }
    if (splits.size() > LISTED) {
      sb.append("; …");
    }
    return sb.toString();
  }

  void report(Severity severity, String code, FlatRuns.Run at, String path, String key, Object... args) {
    sink.add(severity, code, Optional.of(source.span(at.start, at.end)), Optional.ofNullable(path), List.of(),
        key, args);
  }

  /** The non-flat lines of a body pass through as space-aligned text would. */
  RawLine passThrough(RawLine line) {
    return SpaceSplitter.split(line, text);
  }

  /** The line's single cell, or null if the line has none or several (tabs, pipes). */
  static RawCell only(RawLine line) {
    if (line.kind() == RawLine.Kind.BLANK || line.cells().size() != 1) {
      return null;
    }
    return line.cells().get(0);
  }
}
