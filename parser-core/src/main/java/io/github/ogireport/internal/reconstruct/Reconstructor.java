package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds rows of cells from a rendering whose cells are not separated by tabs or pipes (one cell
 * per line, column-major, flattened text). The rows it returns look like tab-separated rows: label
 * cell(s) first, then the value cells, each {@link io.github.ogireport.internal.layout.RawCell}
 * keeping its exact range in the normalised text so positions stay exact. A reconstructor that
 * chooses between readings (a digit split, a column order) reports its choice through the sink.
 */
public interface Reconstructor {

  /**
   * The rows of {@code kind}'s table rebuilt from {@code lines} (a section body), or empty if the
   * lines are not in this reconstructor's rendering.
   */
  Optional<List<RawLine>> rebuild(TableKind kind, List<RawLine> lines, SourceText source, DiagnosticSink sink);
}
