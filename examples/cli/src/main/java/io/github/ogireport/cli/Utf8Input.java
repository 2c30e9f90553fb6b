package io.github.ogireport.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an input file: its bytes decoded as UTF-8, each malformed byte sequence replaced by
 * U+FFFD and counted. Never throws. A leading byte-order mark is kept (the parser drops it), so
 * positions stay those of the file.
 *
 * @param text the decoded text
 * @param malformed how many malformed byte sequences were replaced
 */
public record Utf8Input(String text, int malformed) {

  /** Decodes {@code bytes}, replacing what is not UTF-8 exactly as {@link CodingErrorAction#REPLACE} would. */
  public static Utf8Input decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more chars than bytes: 1-3 bytes give one char, 4 bytes two, and a malformed
    // sequence (at least one byte) gives one U+FFFD.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    int malformed = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isError()) {
        out.put('\uFFFD');
        in.position(in.position() + r.length());
        malformed++;
      } else {
        throw new IllegalStateException("UTF-8 output larger than its input: " + r);
      }
    }
    decoder.flush(out);
    out.flip();
    return new Utf8Input(out.toString(), malformed);
  }
}
