package io.github.ogireport;

import io.github.ogireport.model.Diagnostic;
import io.github.ogireport.model.SourceSpan;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What every parse must satisfy whatever the input, checked by the fuzz tests: no internal error, no
 * failed rule, every position inside the input, and the JSON writer accepts the result. A violation
 * throws {@link AssertionError}, which Jazzer records as a finding.
 */
public final class FuzzInvariants {

  private FuzzInvariants() {}

  /**
   * The text a fuzzer's bytes stand for. Bytes starting with 0x00 are the rest read as raw UTF-16
   * code units (big-endian pairs), so that lone surrogates and any char can be reached; any other
   * bytes are UTF-8, malformed sequences replaced by U+FFFD, so regression inputs are readable text.
   */
  public static String decode(byte[] data) {
    if (data.length > 0 && data[0] == 0) {
      char[] chars = new char[(data.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (((data[1 + 2 * i] & 0xFF) << 8) | (data[2 + 2 * i] & 0xFF));
      }
      return new String(chars);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("cannot happen with REPLACE", e);
    }
  }

  /** Checks {@code result}, the parse of {@code input}. */
  public static void check(String input, ParseResult result) {
    if (result == null || result.report() == null) {
      throw new AssertionError("no result");
    }
    for (Diagnostic d : result.diagnostics()) {
      if (d.code().equals("internal-error") || d.code().equals("rule-failed")) {
        throw new AssertionError(d.code() + ": " + d.message());
      }
      d.span().ifPresent(s -> inside(input, s, "diagnostic " + d.code()));
      for (SourceSpan s : d.related()) {
        inside(input, s, "related of " + d.code());
      }
    }
    for (Map.Entry<String, SourceSpan> e : ReportJson.positions(result.report()).entrySet()) {
      inside(input, e.getValue(), e.getKey());
    }
    String json = ReportJson.builder().positions(true).build().write(result, "fuzz");
    if (!json.startsWith("{")) {
      throw new AssertionError("JSON does not start with {");
    }
  }

  private static void inside(String input, SourceSpan s, String what) {
    boolean ok = s.offset() >= 0 && s.offset() <= s.endOffset() && s.endOffset() <= input.length()
        && s.line() >= 1 && s.column() >= 1 && s.endLine() >= s.line()
        && (s.endLine() > s.line() || s.endColumn() >= s.column());
    if (!ok) {
      throw new AssertionError("span of " + what + " outside the input (length " + input.length() + "): "
          + s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn() + " ["
          + s.offset() + "," + s.endOffset() + ")");
    }
  }
}
