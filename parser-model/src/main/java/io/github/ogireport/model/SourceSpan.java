package io.github.ogireport.model;

import org.immutables.value.Value;

/**
 * Where a value or a problem stands in the ORIGINAL input: 1-based line and column of its first
 * character and of the position just after its last one (columns count Unicode code points), plus the
 * UTF-16 char offsets {@code [offset, endOffset)} into the original input. Lines and columns refer to
 * the input before any normalisation (BOM, CRLF and full-width characters count as printed).
 */
@Value.Immutable
public interface SourceSpan {

  /** 1-based line of the first character. */
  @Value.Parameter
  int line();

  /** 1-based column (in code points) of the first character. */
  @Value.Parameter
  int column();

  /** 1-based line of the position just after the last character. */
  @Value.Parameter
  int endLine();

  /** 1-based column (in code points) of the position just after the last character. */
  @Value.Parameter
  int endColumn();

  /** Char offset (UTF-16 index) of the first character in the original input. */
  @Value.Parameter
  int offset();

  /** Char offset just after the last character in the original input. */
  @Value.Parameter
  int endOffset();

  /** Creates a span. */
  static SourceSpan of(int line, int column, int endLine, int endColumn, int offset, int endOffset) {
    return ImmutableSourceSpan.of(line, column, endLine, endColumn, offset, endOffset);
  }

  /** A point span (empty range) at a line and column, for findings that have no extent. */
  static SourceSpan point(int line, int column, int offset) {
    return of(line, column, line, column, offset, offset);
  }

  /** {@code line:column}, as diagnostics print it. */
  default String position() {
    return line() + ":" + column();
  }
}
