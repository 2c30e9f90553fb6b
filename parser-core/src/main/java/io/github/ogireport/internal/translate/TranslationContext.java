package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.diag.DiagnosticSink;
import io.github.ogireport.internal.layout.RawCell;
import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.internal.text.SourceText;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What every translator needs: the source (for positions) and the diagnostics sink. */
final class TranslationContext {

  final SourceText source;
  final DiagnosticSink sink;

  TranslationContext(SourceText source, DiagnosticSink sink) {
    this.source = source;
    this.sink = sink;
  }

  SourceSpan span(RawCell cell) {
    return source.span(cell.start(), cell.end());
  }

  SourceSpan span(RawLine line) {
    return source.span(line.start(), Math.max(line.start(), line.end()));
  }

  /** Span from the first to the last non-empty cell of {@code cells} (or a point at {@code fallback}). */
  SourceSpan span(List<RawCell> cells, int fallback) {
    int s = -1;
    int e = -1;
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        if (s < 0) {
          s = c.start();
        }
        e = c.end();
      }
    }
    return s < 0 ? source.point(fallback) : source.span(s, e);
  }

  <T> Located<T> located(T value, RawCell cell) {
    return Located.of(value, span(cell));
  }

  List<SourceSpan> spans(List<RawCell> cells) {
    List<SourceSpan> out = new ArrayList<>(cells.size());
    for (RawCell c : cells) {
      out.add(span(c));
    }
    return out;
  }

  void report(Severity severity, String code, SourceSpan span, String path, List<SourceSpan> related,
      String messageKey, Object... args) {
    sink.add(severity, code, Optional.ofNullable(span), Optional.ofNullable(path), related, messageKey, args);
  }

  String msg(String key, Object... args) {
    return sink.messages().format(key, args);
  }
}
