package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table reconstruction, before the template mapping: turns a section body in whatever rendering into
 * rows of cells. Rows that already have cells (tabs, Markdown pipes) pass through; renderings without
 * separators go to the {@link Reconstructor}s in order (the first that recognises its rendering wins);
 * what is left is read as space-aligned text, split by {@link SpaceSplitter} and its short rows placed
 * by their columns ({@link ColumnGrid}).
 */
public final class Reconstruction {

  private final List<Reconstructor> reconstructors;

  public Reconstruction(List<Reconstructor> reconstructors) {
    this.reconstructors = List.copyOf(reconstructors);
  }

  /** The reconstructors of the renderings the parser reads, in the order they are tried. */
  public static Reconstruction standard() {
    return new Reconstruction(List.of(new CellStreamReconstructor(), new FlattenedReconstructor()));
  }

  private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
      "[-—–]\\s*\\d{1,4}\\s*[-—–]|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");

  /** The rows of {@code kind}'s table in {@code lines}; page-number lines are dropped (reported). */
  public List<RawLine> rows(TableKind kind, List<RawLine> input, SourceText source, DiagnosticSink sink) {
    List<RawLine> lines = new ArrayList<>(input.size());
    for (RawLine l : input) {
      if (isPageNumber(l)) {
        RawCell c = l.cells().get(0);
        sink.add(Severity.INFO, "page-number", Optional.of(source.span(c.start(), c.end())), Optional.empty(),
            List.of(), "page-number", c.text());
      } else {
        lines.add(l);
      }
    }
    if (!tabular(lines)) {
      for (Reconstructor r : reconstructors) {
        Optional<List<RawLine>> rows = r.rebuild(kind, lines, source, sink);
        if (rows.isPresent()) {
          return rows.get();
        }
      }
    }
    List<RawLine> out = new ArrayList<>(lines.size());
    String text = source.text();
    boolean[] split = new boolean[lines.size()];
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      RawLine l = lines.get(i);
      RawLine s = SpaceSplitter.split(l, text);
      split[i] = s != l;
      any |= split[i];
      out.add(s);
    }
    return any ? ColumnGrid.align(out, split, source) : out;
  }

  /** A line holding only a page number: "-4-", "- 4 -", "第 4 页", "4/12". */
  static boolean isPageNumber(RawLine l) {
    if (l.cells().size() != 1 || l.cells().get(0).isEmpty()) {
      return false;
    }
    return PAGE_NUMBER.matcher(l.cells().get(0).text().strip()).matches();
  }

  /** True if some line already holds three or more cells one of which is a number. */
  static boolean tabular(List<RawLine> lines) {
    int rows = 0;
    for (RawLine l : lines) {
      if (l.cells().size() >= 3) {
        for (RawCell c : l.cells()) {
          if (c.value().isNumber()) {
            if (++rows >= 2) {
              return true;
            }
            break;
          }
        }
      }
    }
    return false;
  }
}
