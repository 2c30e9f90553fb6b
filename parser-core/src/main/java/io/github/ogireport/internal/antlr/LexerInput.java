package io.github.ogireport.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The char stream the lexer reads: the normalised text, indexed in UTF-16 chars, the indexes of
 * {@link String#charAt} that the rest of parser-core reads token offsets against.
 *
 * <p>ANTLR's {@code CharStreams.fromString} indexes code points instead: after a supplementary
 * character (an emoji, a rare CJK Extension B character in an agency's name) its offsets were one
 * short per such character, and cells were cut in the wrong place.
 */
final class LexerInput implements CharStream {

  private final String text;
  private final int size;
  private int index;

  LexerInput(String text) {
    this.text = text;
    this.size = text.length();
  }

  @Override
  public int LA(int i) {
    int at;
    if (i > 0) {
      at = index + i - 1;
    } else if (i < 0) {
      at = index + i;
    } else {
      return 0; // undefined
    }
    return at < 0 || at >= size ? IntStream.EOF : text.charAt(at);
  }

  @Override
  public void consume() {
    if (index >= size) {
      throw new IllegalStateException("cannot consume EOF");
    }
    index++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // the whole text is held: nothing to release
  }

  @Override
  public int index() {
    return index;
  }

  @Override
  public void seek(int index) {
    this.index = Math.max(0, Math.min(index, size));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, size - 1);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public String toString() {
    return text;
  }
}
