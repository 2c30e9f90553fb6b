package io.github.ogireport;

import io.github.ogireport.model.OgiStyle;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Options of a {@link ReportParser}: the message locale and the limits that keep a hostile input from
 * exhausting memory or time. Every limit is on by default; exceeding one yields a result with an
 * error diagnostic naming the limit, never an exception. {@link #trusted()} raises them all.
 */
@Value.Immutable
@OgiStyle
public interface ParserOptions {

  /** Default {@link #maxInputChars()}: 4 MiB of chars. */
  int DEFAULT_MAX_INPUT_CHARS = 4 * 1024 * 1024;
  /** Default {@link #maxTokens()}. */
  int DEFAULT_MAX_TOKENS = 1_000_000;
  /** Default {@link #maxDiagnostics()}. */
  int DEFAULT_MAX_DIAGNOSTICS = 1_000;

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

  /** Limits raised 16-fold, for inputs from a trusted source (batch jobs over known archives). */
  static ParserOptions trusted() {
    return builder()
        .maxInputChars(DEFAULT_MAX_INPUT_CHARS * 16)
        .maxTokens(DEFAULT_MAX_TOKENS * 16)
        .maxDiagnostics(DEFAULT_MAX_DIAGNOSTICS * 16)
        .build();
  }

  /** Starts a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParserOptions}. */
  class Builder extends ImmutableParserOptions.Builder {}
}
