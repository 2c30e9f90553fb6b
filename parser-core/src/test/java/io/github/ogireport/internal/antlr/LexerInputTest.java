package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link LexerInput} reads as ANTLR's own {@code CharStreams.fromString} on text without supplementary
 * characters (look-ahead and look-behind, seeking, text of intervals, the end), and indexes UTF-16 chars
 * where that one indexes code points.
 */
class LexerInputTest {

  private static final String TEXT = "规章\t0\t12\n| a |\n";

  @Test
  void readsAsAntlrsCharStreamOnBmpText() {
    CharStream mine = new LexerInput(TEXT);
    CharStream antlr = CharStreams.fromString(TEXT);
    assertThat(mine.size()).isEqualTo(antlr.size()).isEqualTo(TEXT.length());
    for (int step = 0; step <= TEXT.length(); step++) {
      assertThat(mine.index()).isEqualTo(antlr.index()).isEqualTo(step);
      for (int i = -3; i <= 3; i++) {
        if (i != 0) {
          assertThat(mine.LA(i)).as("LA(%s) at %s", i, step).isEqualTo(antlr.LA(i));
        }
      }
      if (step < TEXT.length()) {
        mine.consume();
        antlr.consume();
      }
    }
    assertThat(mine.LA(1)).isEqualTo(IntStream.EOF);
    assertThat(mine.LA(0)).as("undefined: 0").isZero();
    assertThatThrownBy(mine::consume).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void seeksWithinTheTextAndGivesTheTextOfIntervals() {
    CharStream in = new LexerInput(TEXT);
    in.seek(3);
    assertThat(in.index()).isEqualTo(3);
    assertThat(in.LA(1)).isEqualTo('0');
    assertThat(in.LA(-1)).isEqualTo('\t');
    in.seek(-5);
    assertThat(in.index()).as("before the start: the start").isZero();
    in.seek(1_000);
    assertThat(in.index()).as("past the end: the end").isEqualTo(TEXT.length());
    int marker = in.mark();
    in.release(marker);
    assertThat(in.index()).as("marks change nothing").isEqualTo(TEXT.length());
    assertThat(in.getText(Interval.of(0, 1))).isEqualTo("规章");
    assertThat(in.getText(Interval.of(3, 3))).isEqualTo("0");
    assertThat(in.getText(Interval.of(-4, 1))).as("clipped at the start").isEqualTo("规章");
    assertThat(in.getText(Interval.of(TEXT.length() - 2, 500))).as("clipped at the end").isEqualTo("|\n");
    assertThat(in.getText(Interval.of(5, 4))).as("empty interval").isEmpty();
    assertThat(in.getSourceName()).isEqualTo(IntStream.UNKNOWN_SOURCE_NAME);
    assertThat(in.toString()).isEqualTo(TEXT);
  }

  @Test
  void indexesUtf16CharsWhereAntlrIndexesCodePoints() {
    String text = "𠀋局\t1\n"; // a supplementary CJK character: two UTF-16 chars
    CharStream in = new LexerInput(text);
    assertThat(in.size()).isEqualTo(text.length()).isEqualTo(CharStreams.fromString(text).size() + 1);
    in.seek(2);
    assertThat(in.LA(1)).isEqualTo('局');
    assertThat(in.getText(Interval.of(0, 1))).isEqualTo("𠀋");
  }
}
