package io.github.ogireport;

import io.github.ogireport.model.OgiStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Options of a {@link ReportParser}: the message locale and the limits that keep a hostile input from
 * exhausting memory or time. Every limit is on by default and is enforced while the input is read
 * and lexed, so the work stops early; exceeding one yields a result with an {@code ERROR} diagnostic
 * whose code names the limit, never an exception. {@link #trusted()} raises them all.
 *
 * <table>
 *   <caption>Limits</caption>
 *   <tr><th>limit</th><th>default</th><th>diagnostic</th></tr>
 *   <tr><td>{@link #maxInputChars()}</td><td>4 MiB of chars</td><td>{@code input-too-large}</td></tr>
 *   <tr><td>{@link #maxLineChars()}</td><td>100,000 chars</td><td>{@code line-too-long}</td></tr>
 *   <tr><td>{@link #maxTokens()}</td><td>250,000</td><td>{@code too-many-tokens}</td></tr>
 *   <tr><td>{@link #maxTableRows()}</td><td>10,000</td><td>{@code too-many-rows}</td></tr>
 *   <tr><td>{@link #maxNumberDigits()}</td><td>30</td><td>{@code number-too-long}</td></tr>
 *   <tr><td>{@link #maxDiagnostics()}</td><td>1,000</td><td>{@code too-many-diagnostics}</td></tr>
 * </table>
 */
@Value.Immutable
@OgiStyle
public interface ParserOptions {

  /** Default {@link #maxInputChars()}: 4 MiB of chars. */
  int DEFAULT_MAX_INPUT_CHARS = 4 * 1024 * 1024;
  /** Default {@link #maxTokens()}: a real report has 300 to 1,500 tokens; 250,000 fit a 256 MiB heap. */
  int DEFAULT_MAX_TOKENS = 250_000;
  /** Default {@link #maxDiagnostics()}. */
  int DEFAULT_MAX_DIAGNOSTICS = 1_000;
  /** Default {@link #maxLineChars()}: 16 times the longest real line seen (a whole report printed flat). */
  int DEFAULT_MAX_LINE_CHARS = 100_000;
  /** Default {@link #maxTableRows()}: a report has about 60 table rows. */
  int DEFAULT_MAX_TABLE_ROWS = 10_000;
  /** Default {@link #maxNumberDigits()}: more than any count or amount (a {@code long} has 19 digits). */
  int DEFAULT_MAX_NUMBER_DIGITS = 30;
  /** Factor by which {@link #trusted()} raises every limit. */
  int TRUSTED_FACTOR = 16;

  /** Locale of diagnostic messages: Chinese for any {@code zh} locale, English otherwise. */
  @Value.Default
  default Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * Characters read; the rest is ignored with an {@code input-too-large} error. Guards against a
   * multi-gigabyte or endless input (a log file, a binary dump) held in memory and parsed.
   */
  @Value.Default
  default int maxInputChars() {
    return DEFAULT_MAX_INPUT_CHARS;
  }

  /**
   * Tokens the lexer may produce; past it the lexer stops with a {@code too-many-tokens} error.
   * Guards against inputs made of separators (200k tabs, 100k pipes) whose parse tree would not fit.
   */
  @Value.Default
  default int maxTokens() {
    return DEFAULT_MAX_TOKENS;
  }

  /**
   * Characters of one line read; the rest of a longer line is skipped with a {@code line-too-long}
   * error and reading goes on at the next line. Guards against a multi-megabyte single line (a
   * minified dump, a base64 image, a PDF extraction without line ends) on which every per-line step
   * — lexing, label matching, position lookup — would work on megabytes at once.
   */
  @Value.Default
  default int maxLineChars() {
    return DEFAULT_MAX_LINE_CHARS;
  }

  /**
   * Table rows (lines with a tab or pipe cell separator) read; the lexer stops before the next one
   * with a {@code too-many-rows} error. Guards against 100k-row tables whose rows would each be
   * matched against every row label and held in memory as a parse tree.
   */
  @Value.Default
  default int maxTableRows() {
    return DEFAULT_MAX_TABLE_ROWS;
  }

  /**
   * Digits of one number; a cell whose digit run is longer is read as text, with a
   * {@code number-too-long} error, and no number is built from it. Guards against a number with a
   * million digits, whose conversion to {@link java.math.BigDecimal} takes time quadratic in its
   * length.
   */
  @Value.Default
  default int maxNumberDigits() {
    return DEFAULT_MAX_NUMBER_DIGITS;
  }

  /**
   * Diagnostics kept; past it one {@code too-many-diagnostics} entry stands for the rest. Guards
   * against inputs that raise a finding per line (100k odd rows) and a result larger than the input.
   */
  @Value.Default
  default int maxDiagnostics() {
    return DEFAULT_MAX_DIAGNOSTICS;
  }

  /** The defaults. */
  static ParserOptions defaults() {
    return builder().build();
  }

  /**
   * Every limit raised {@value #TRUSTED_FACTOR}-fold, for inputs from a trusted source (batch jobs over
   * known archives). The largest inputs it admits need a heap about 16 times larger than the defaults do
   * (the defaults fit in 256 MiB).
   */
  static ParserOptions trusted() {
    return builder()
        .maxInputChars(DEFAULT_MAX_INPUT_CHARS * TRUSTED_FACTOR)
        .maxLineChars(DEFAULT_MAX_LINE_CHARS * TRUSTED_FACTOR)
        .maxTokens(DEFAULT_MAX_TOKENS * TRUSTED_FACTOR)
        .maxTableRows(DEFAULT_MAX_TABLE_ROWS * TRUSTED_FACTOR)
        .maxNumberDigits(DEFAULT_MAX_NUMBER_DIGITS * TRUSTED_FACTOR)
        .maxDiagnostics(DEFAULT_MAX_DIAGNOSTICS * TRUSTED_FACTOR)
        .build();
  }

  /** Every limit is at least 1 (a programmer error otherwise: {@link IllegalStateException} from build()). */
  @Value.Check
  default void checkLimits() {
    if (maxInputChars() < 1 || maxLineChars() < 1 || maxTokens() < 1 || maxTableRows() < 1
        || maxNumberDigits() < 1 || maxDiagnostics() < 1) {
      throw new IllegalStateException("every limit of ParserOptions must be at least 1: " + this);
    }
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParserOptions}. */
  class Builder extends ImmutableParserOptions.Builder {}
}
