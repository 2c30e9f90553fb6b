package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.layout.CellValue;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the lines of space-aligned text ({@code pdftotext -layout}) into cells: a run of two or more
 * spaces separates cells; inside a cell, numbers separated by single spaces ("0 0 0 0 0") are cells
 * too. Lines that already have cells (tabs, pipes) are left alone.
 */
public final class SpaceSplitter {

  /** What {@code String.split(" +")} splits at, compiled once. */
  private static final Pattern SPACE_RUN = Pattern.compile(" +");

  private SpaceSplitter() {}

  /** {@code line} with its one cell split at runs of spaces; the line itself if nothing to split. */
  public static RawLine split(RawLine line, String text) {
    if (line.kind() == RawLine.Kind.BLANK || line.cells().size() != 1) {
      return line;
    }
    RawCell only = line.cells().get(0);
    if (only.text().indexOf(' ') < 0) {
      return line;
    }
    List<RawCell> cells = new ArrayList<>();
    int i = only.start();
    int end = only.end();
    while (i < end) {
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      int s = i;
      while (i < end && !(text.charAt(i) == ' ' && i + 1 < end && text.charAt(i + 1) == ' ')) {
        i++;
      }
      int e = i;
      while (e > s && text.charAt(e - 1) == ' ') {
        e--;
      }
      if (e > s) {
        addFragment(cells, text, s, e);
      }
    }
    if (cells.size() <= 1) {
      return line;
    }
    return new RawLine(RawLine.Kind.ROW, line.start(), line.end(), line.sectionNumber(), cells);
  }

  /** Adds one fragment; a fragment of numbers separated by single spaces becomes one cell per number. */
  private static void addFragment(List<RawCell> cells, String text, int s, int e) {
    String frag = text.substring(s, e);
    if (frag.indexOf(' ') > 0 && allNumbers(frag)) {
      int i = s;
      while (i < e) {
        while (i < e && text.charAt(i) == ' ') {
          i++;
        }
        int ns = i;
        while (i < e && text.charAt(i) != ' ') {
          i++;
        }
        if (i > ns) {
          cells.add(new RawCell(text.substring(ns, i), ns, i));
        }
      }
      return;
    }
    cells.add(new RawCell(frag, s, e));
  }

  private static boolean allNumbers(String frag) {
    for (String part : SPACE_RUN.split(frag)) {
      if (!part.isEmpty() && CellValue.read(part).kind() != CellValue.Kind.NUMBER) {
        return false;
      }
    }
    return true;
  }
}
