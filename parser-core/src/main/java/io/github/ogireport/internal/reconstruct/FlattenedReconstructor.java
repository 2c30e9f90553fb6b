package io.github.ogireport.internal.reconstruct;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Flattened text: an HTML page's text copied without any cell or line separator, so a table is one
 * line where labels and numbers run together and adjacent cells' digits merge ("230000023" =
 * 23,0,0,0,0,0,23). Recognised by a line (without tabs or pipes) holding several labelled digit runs
 * of the section's table; the digit runs are split by the arithmetic of the template
 * ({@link FlatApplications}, {@link FlatReviews}) or, in section 二 where no sum applies, only as far
 * as the split is certain ({@link FlatDisclosure}). Every split is reported.
 */
public final class FlattenedReconstructor implements Reconstructor {

  @Override
  public Optional<List<RawLine>> rebuild(TableKind kind, List<RawLine> lines, SourceText source,
      DiagnosticSink sink) {
    FlatRows rows = new FlatRows(source, sink);
    switch (kind) {
      case APPLICATIONS:
        return new FlatApplications(rows).rebuild(lines);
      case REVIEWS:
        return new FlatReviews(rows).rebuild(lines);
      case ACTIVE_DISCLOSURE:
        return new FlatDisclosure(rows).rebuild(lines);
      default:
        return Optional.empty();
    }
  }
}
