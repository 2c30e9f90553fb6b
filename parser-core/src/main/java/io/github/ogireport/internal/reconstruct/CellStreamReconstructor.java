package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Reads tables printed one cell per line ({@code pdftotext} without {@code -layout}, pdfminer's
 * column-by-column dumps, web pages copied one cell per line with or without a closing {@code |}):
 * recognises the rendering with {@link CellStream} and rebuilds section 二's tables
 * ({@link DisclosureStream}), section 三's table ({@link ApplicationsStream}) and section 四's row
 * ({@link ReviewsStream}). A section in which nothing of its table is found (no row label with
 * values, no value) is left to the other readers.
 */
public final class CellStreamReconstructor implements Reconstructor {

  @Override
  public Optional<List<RawLine>> rebuild(TableKind kind, List<RawLine> lines, SourceText source, DiagnosticSink sink) {
    Optional<CellStream> stream = CellStream.of(lines, source.text());
    if (stream.isEmpty()) {
      return Optional.empty();
    }
    switch (kind) {
      case ACTIVE_DISCLOSURE:
        return DisclosureStream.rebuild(stream.get(), source, sink);
      case APPLICATIONS:
        return ApplicationsStream.rebuild(stream.get(), source, sink);
      case REVIEWS:
        return ReviewsStream.rebuild(stream.get(), source, sink);
      default:
        return Optional.empty();
    }
  }
}
