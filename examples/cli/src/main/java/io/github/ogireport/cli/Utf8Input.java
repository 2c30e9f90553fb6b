package io.github.ogireport.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an input file: its bytes decoded as UTF-8, each malformed byte sequence replaced by
 * U+FFFD and counted. A leading byte-order mark is kept (the parser drops it), so positions stay those
 * of the file.
 *
 * <p>{@link #read} decodes a stream through fixed buffers and stops one char past a limit, so a
 * multi-gigabyte file or an endless stream costs no more memory than the limit: the text then holds
 * exactly the first {@code maxChars + 1} chars of the input, which makes the parser report
 * {@code input-too-large}.
 *
 * @param text the decoded text: all of the input, or its first {@code maxChars + 1} chars if {@code truncated}
 * @param malformed how many malformed byte sequences were replaced within {@code text}
 * @param truncated whether the input went on past {@code maxChars + 1} chars (the rest was not read)
 */
public record Utf8Input(String text, int malformed, boolean truncated) {

  /** Bytes read from the stream at a time, at most. */
  static final int BUFFER_BYTES = 1 << 16;
  /** Bytes read at a time, at least (small inputs get small buffers). */
  private static final int MIN_BUFFER_BYTES = 1 << 10;
  /** Inputs up to this size are read whole and, when valid UTF-8, decoded in one step (the usual case). */
  static final int WHOLE_BYTES = 1 << 20;

  /** Decodes all of {@code bytes}, replacing what is not UTF-8 exactly as {@link CodingErrorAction#REPLACE} would. */
  public static Utf8Input decode(byte[] bytes) {
    try {
      return read(new ByteArrayInputStream(bytes), Integer.MAX_VALUE - 1, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayInputStream does not throw
    }
  }

  /**
   * Decodes {@code in} up to the first {@code maxChars + 1} chars, replacing what is not UTF-8 exactly
   * as {@link CodingErrorAction#REPLACE} would; stops reading there (the stream is not closed).
   *
   * @param maxChars the most chars the caller will use; one more is kept to show the input is larger
   * @param sizeHint the expected size in bytes (e.g. a file's size), or a negative number if unknown;
   *     only sizes the buffers
   * @throws IOException if reading {@code in} fails
   */
  public static Utf8Input read(InputStream in, int maxChars, long sizeHint) throws IOException {
    return read(in, maxChars, sizeHint, WHOLE_BYTES);
  }

  /**
   * As {@link #read(InputStream, int, long)}; an input of at most {@code wholeBytes} bytes (and at most
   * {@code maxChars + 1}) is read whole and, when it is valid UTF-8, turned into a string in one step.
   */
  static Utf8Input read(InputStream in, int maxChars, long sizeHint, int wholeBytes) throws IOException {
    if (maxChars < 0 || maxChars == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxChars must be in [0, " + (Integer.MAX_VALUE - 1) + "]: " + maxChars);
    }
    if (wholeBytes < 0 || wholeBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("wholeBytes must be in [0, " + (Integer.MAX_VALUE - 1) + "]: " + wholeBytes);
    }
    // A UTF-8 input of n bytes has at most n chars, so one of at most maxChars + 1 bytes is never cut.
    int whole = Math.min(wholeBytes, maxChars + 1);
    byte[] head = in.readNBytes(whole + 1);
    if (head.length <= whole) {
      String text = new String(head, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Utf8Input(text, 0, false);
      }
      // replacements made, or U+FFFD in the input: decode again, counting the malformed sequences
      return decodeStreaming(new ByteArrayInputStream(head), maxChars, head.length);
    }
    return decodeStreaming(new SequenceInputStream(new ByteArrayInputStream(head), in), maxChars, sizeHint);
  }

  private static Utf8Input decodeStreaming(InputStream in, int maxChars, long sizeHint) throws IOException {
    int keep = maxChars + 1;
    int size = sizeHint < 0 ? BUFFER_BYTES
        : (int) Math.max(MIN_BUFFER_BYTES, Math.min(BUFFER_BYTES, sizeHint + 1));
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] bytes = new byte[size];
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    buf.limit(0);
    // UTF-8 never yields more chars than bytes: 1-3 bytes give one char, 4 bytes two, and a malformed
    // sequence (at least one byte) gives one U+FFFD. So one decoding step fits in as many chars as bytes.
    CharBuffer out = CharBuffer.allocate(size);
    StringBuilder text = new StringBuilder(sizeHint < 0 ? size : (int) Math.min(keep, Math.max(16, sizeHint)));
    int malformed = 0;
    boolean end = false;
    while (true) {
      if (!end) {
        buf.compact(); // keeps the bytes of a sequence cut by the end of the last read
        int n = in.read(bytes, buf.position(), buf.remaining());
        if (n < 0) {
          end = true;
        } else {
          buf.position(buf.position() + n);
        }
        buf.flip();
      }
      out.clear();
      while (true) {
        CoderResult r = decoder.decode(buf, out, end);
        if (r.isUnderflow()) {
          break;
        }
        if (r.isError()) {
          if ((long) text.length() + out.position() < keep) {
            malformed++;
          }
          out.put('\uFFFD');
          buf.position(buf.position() + r.length());
        } else {
          throw new IllegalStateException("UTF-8 output larger than its input: " + r);
        }
      }
      if (end) {
        decoder.flush(out);
      }
      out.flip();
      if ((long) text.length() + out.remaining() > keep) {
        out.limit(keep - text.length());
        text.append(out);
        return new Utf8Input(text.toString(), malformed, true);
      }
      text.append(out);
      if (end) {
        // exactly maxChars + 1 chars and nothing after them is not "truncated": nothing was left unread
        return new Utf8Input(text.toString(), malformed, false);
      }
    }
  }
}
