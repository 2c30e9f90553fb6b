package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.DisplayWidth;
import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the columns of space-aligned tables ({@code pdftotext -layout}, {@link
 * io.github.ogireport.ReportWriter#aligned()}): where a row prints fewer numbers than its table has
 * columns, each number is placed in the column it stands under, and the columns it leaves empty
 * become empty cells (which the translators read as blank, and report). Without this, a row
 * {@code 规章          5} of a three-column table would be read left to right, its 5 in the first column.
 *
 * <p>A block is a run of split lines up to the next heading; header rows (two or more cells, all
 * text) open it, and a header row after data rows, or one that repeats the block's first header
 * ({@code 信息内容 …}), opens the next. Blank lines do not end a block: a page break inside a table
 * leaves blank lines, and the rows after it keep the columns of the rows before.
 *
 * <p>The value cells of a block's rows (the trailing numbers, {@code /}) give the columns: their
 * display intervals (CJK characters two columns wide), merged where they overlap. A header row
 * whose cells each stand over at most one column adds the columns no row fills. The grid is
 * used only when it is confirmed — some row fills every column, or header cells stand over every
 * column — and a row is changed only if each of its numbers falls in a column of its own. Anything
 * else is left as printed, for the translators' own checks.
 */
final class ColumnGrid {

  private ColumnGrid() {}

  /** {@code lines} with the short rows of their space-aligned blocks filled out; {@code split[i]} tells which lines were split. */
  static List<RawLine> align(List<RawLine> lines, boolean[] split, SourceText source) {
    List<RawLine> out = new ArrayList<>(lines);
    List<Integer> headers = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      RawLine l = lines.get(i);
      if (l.kind() == RawLine.Kind.HEADING) {
        block(out, headers, rows, source);
        continue;
      }
      if (l.kind() != RawLine.Kind.ROW || !split[i]) {
        continue; // blank lines (a page break), wrapped labels, captions: neither end a block nor shape it
      }
      if (valueCount(l) == 0) {
        if (allText(l)) {
          if (!rows.isEmpty() || (!headers.isEmpty() && sameFirstCell(lines.get(headers.get(0)), l))) {
            block(out, headers, rows, source); // a header row after rows, or repeated: the next table
          }
          headers.add(i);
        }
        continue;
      }
      rows.add(i);
    }
    block(out, headers, rows, source);
    return out;
  }

  /** Aligns the rows of one block and empties the block. */
  private static void block(List<RawLine> out, List<Integer> headers, List<Integer> rows, SourceText source) {
    try {
      if (rows.size() + headers.size() >= 2) {
        alignBlock(out, headers, rows, source);
      }
    } finally {
      headers.clear();
      rows.clear();
    }
  }

  private static void alignBlock(List<RawLine> out, List<Integer> headers, List<Integer> rows,
      SourceText source) {
    List<int[]> intervals = new ArrayList<>();
    int maxValues = 0;
    int labelEnd = 1; // the label column: where the rows' label cells end (at least the line start)
    for (int r : rows) {
      RawLine l = out.get(r);
      int[][] x = geometry(l, source);
      int first = l.cells().size() - valueCount(l);
      for (int c = first; c < x.length; c++) {
        intervals.add(x[c]);
      }
      for (int c = 0; c < first; c++) {
        labelEnd = Math.max(labelEnd, x[c][1]);
      }
      maxValues = Math.max(maxValues, x.length - first);
    }
    if (intervals.isEmpty()) {
      return;
    }
    List<int[]> columns = merge(intervals);
    int valueStart = columns.get(0)[0];
    boolean[] covered = new boolean[columns.size()];
    List<int[]> extra = new ArrayList<>();
    for (int h : headers) {
      int[][] x = geometry(out.get(h), source);
      List<int[]> newColumns = new ArrayList<>();
      List<Integer> hit = new ArrayList<>();
      boolean valid = true;
      for (int[] cell : x) {
        if (cell[1] <= valueStart && cell[0] < labelEnd) {
          continue; // over the label column
        }
        List<Integer> over = overlapping(columns, cell);
        if (over.size() > 1) {
          valid = false; // a group header spanning several columns says nothing about one
          break;
        }
        if (over.isEmpty()) {
          newColumns.add(cell);
        } else {
          hit.add(over.get(0));
        }
      }
      if (valid) {
        for (int k : hit) {
          covered[k] = true;
        }
        extra.addAll(newColumns);
      }
    }
    if (!extra.isEmpty()) {
      extra = merge(extra); // several header rows may name the same column
      List<int[]> all = new ArrayList<>(columns);
      all.addAll(extra);
      List<int[]> merged = merge(all);
      if (merged.size() != columns.size() + extra.size()) {
        return; // header cells that overlap each other: no clear grid
      }
      boolean[] cov = new boolean[merged.size()];
      for (int k = 0; k < merged.size(); k++) {
        int[] m = merged.get(k);
        int old = indexOf(columns, m);
        cov[k] = old < 0 || covered[old]; // a column only a header names is covered by it
      }
      columns = merged;
      covered = cov;
    }
    boolean confirmed = maxValues == columns.size();
    if (!confirmed) {
      confirmed = true;
      for (boolean c : covered) {
        confirmed &= c;
      }
    }
    if (!confirmed) {
      return;
    }
    for (int r : rows) {
      RawLine l = out.get(r);
      int values = valueCount(l);
      if (values < columns.size()) {
        RawLine filled = fill(l, values, columns, source);
        if (filled != null) {
          out.set(r, filled);
        }
      }
    }
  }

  /** The row with an empty cell in each column none of its numbers stands in; null if they do not fall one to a column. */
  private static RawLine fill(RawLine l, int values, List<int[]> columns, SourceText source) {
    int[][] x = geometry(l, source);
    int first = l.cells().size() - values;
    RawCell[] placed = new RawCell[columns.size()];
    for (int c = first; c < x.length; c++) {
      List<Integer> over = overlapping(columns, x[c]);
      if (over.size() != 1 || placed[over.get(0)] != null) {
        return null;
      }
      placed[over.get(0)] = l.cells().get(c);
    }
    List<RawCell> cells = new ArrayList<>(l.cells().subList(0, first));
    int lineStart = lineStart(l, source.text());
    for (int k = 0; k < placed.length; k++) {
      cells.add(placed[k] != null ? placed[k] : RawCell.empty(offsetAt(source, lineStart, l.end(), columns.get(k)[0])));
    }
    return new RawLine(l.kind(), l.start(), l.end(), l.sectionNumber(), cells);
  }

  /**
   * The display interval [x0, x1) of each cell of {@code l}, counted from the start of its line, in
   * the widths of the ORIGINAL characters (a full-width digit took two columns where it was laid out).
   */
  private static int[][] geometry(RawLine l, SourceText source) {
    int[][] x = new int[l.cells().size()][];
    int at = lineStart(l, source.text());
    int w = 0;
    for (int c = 0; c < x.length; c++) {
      RawCell cell = l.cells().get(c);
      w += width(source, at, cell.start());
      int x0 = w;
      w += width(source, cell.start(), cell.end());
      x[c] = new int[] {x0, Math.max(w, x0 + 1)};
      at = cell.end();
    }
    return x;
  }

  /** Display width of normalised range [from, to), char by char as the original printed them. */
  private static int width(SourceText source, int from, int to) {
    if (!source.changed()) {
      return DisplayWidth.of(source.text(), from, to);
    }
    CharSequence original = source.original();
    int w = 0;
    for (int i = from; i < to; i++) {
      int o = source.originalOffset(i);
      char c = o < original.length() ? original.charAt(o) : ' ';
      w += Character.isLowSurrogate(c) ? 0 : DisplayWidth.of(c);
    }
    return w;
  }

  private static int lineStart(RawLine l, String text) {
    int from = l.cells().isEmpty() ? l.start() : Math.min(l.start(), l.cells().get(0).start());
    return text.lastIndexOf('\n', from - 1) + 1;
  }

  /** The offset in [lineStart, lineEnd] where display column {@code x} begins (the line end if it is shorter). */
  private static int offsetAt(SourceText source, int lineStart, int lineEnd, int x) {
    int i = lineStart;
    int w = 0;
    while (i < lineEnd && w < x) {
      w += width(source, i, i + 1);
      i++;
    }
    return i;
  }

  /** Intervals sorted and merged where they overlap: the columns. */
  private static List<int[]> merge(List<int[]> intervals) {
    List<int[]> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] iv : sorted) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && iv[0] < last[1]) {
        last[1] = Math.max(last[1], iv[1]);
      } else {
        out.add(new int[] {iv[0], iv[1]});
      }
    }
    return out;
  }

  private static List<Integer> overlapping(List<int[]> columns, int[] cell) {
    List<Integer> out = new ArrayList<>(1);
    for (int k = 0; k < columns.size(); k++) {
      int[] c = columns.get(k);
      if (cell[0] < c[1] && c[0] < cell[1]) {
        out.add(k);
      }
    }
    return out;
  }

  private static int indexOf(List<int[]> columns, int[] column) {
    for (int k = 0; k < columns.size(); k++) {
      if (columns.get(k)[0] == column[0] && columns.get(k)[1] == column[1]) {
        return k;
      }
    }
    return -1;
  }

  /** Number of trailing value cells (numbers, "/"): the cells under the table's columns. */
  static int valueCount(RawLine l) {
    int n = 0;
    for (int c = l.cells().size() - 1; c >= 0; c--) {
      CellValue.Kind k = l.cells().get(c).value().kind();
      if (k != CellValue.Kind.NUMBER && k != CellValue.Kind.NOT_APPLICABLE) {
        break;
      }
      n++;
    }
    return n;
  }

  private static boolean sameFirstCell(RawLine a, RawLine b) {
    return a.cells().get(0).text().equals(b.cells().get(0).text());
  }

  private static boolean allText(RawLine l) {
    for (RawCell c : l.cells()) {
      if (c.value().kind() != CellValue.Kind.TEXT) {
        return false;
      }
    }
    return l.cells().size() >= 2;
  }
}
