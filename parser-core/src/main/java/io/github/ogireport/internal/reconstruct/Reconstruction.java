package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table reconstruction, before the template mapping: turns a section body in whatever rendering into
 * rows of cells. Rows that already have cells (tabs, Markdown pipes) pass through; renderings without
 * separators go to the {@link Reconstructor}s in order (the first that recognises its rendering wins);
 * what is left is read as space-aligned text and split by {@link SpaceSplitter}.
 */
public final class Reconstruction {

  private final List<Reconstructor> reconstructors;

  public Reconstruction(List<Reconstructor> reconstructors) {
    this.reconstructors = List.copyOf(reconstructors);
  }

  /** The reconstructors of the renderings the parser reads, in the order they are tried. */
  public static Reconstruction standard() {
    return new Reconstruction(List.of(new CellStreamReconstructor()));
  }

  /** The rows of {@code kind}'s table in {@code lines}. */
  public List<RawLine> rows(TableKind kind, List<RawLine> lines, SourceText source, DiagnosticSink sink) {
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
    for (RawLine l : lines) {
      out.add(SpaceSplitter.split(l, text));
    }
    return out;
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
