package io.github.ogireport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ogireport.model.SourceSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The line limit of {@link SourceText} and its logarithmic column lookup. */
class SourceTextLimitsTest {

  @Test
  void linesPastTheLimitAreCutAndRecorded() {
    SourceText s = SourceText.of("abcdef\nxy\r\n123456789\n", 4);
    assertThat(s.text()).isEqualTo("abcd\nxy\n1234\n");
    assertThat(s.cutOffsets()).containsExactly(4, 12);
    SourceSpan lastKept = s.span(11, 12);
    assertThat(lastKept.line()).isEqualTo(3);
    assertThat(lastKept.endColumn()).isEqualTo(5); // the cut starts at column 5 of line 3
    assertThat(SourceText.of("abc\n", 4).cutOffsets()).isEmpty();
    assertThat(SourceText.of("abcd", 4).cutOffsets()).isEmpty();
    assertThat(SourceText.of("abcde", 4).text()).isEqualTo("abcd\n");
  }

  @Test
  void zeroWidthCharactersDoNotCountTowardsTheLimit() {
    SourceText s = SourceText.of("a\u200Bb\u200Bc\u200Bd\n", 4);
    assertThat(s.text()).isEqualTo("abcd\n");
    assertThat(s.cutOffsets()).isEmpty();
  }

  /** Strings over ASCII, line ends, surrogates (paired and lone) and a CJK char. */
  private static Gen<String> texts() {
    String[] pieces = {"a", "\n", "\r", "\r\n", "\uD83D\uDE00", "\uD800", "\uDC00", "政", "\t", "\u200B"};
    return strings().betweenCodePoints(0, pieces.length - 1).ofLengthBetween(0, 40)
        .map(s -> {
          StringBuilder sb = new StringBuilder();
          s.codePoints().forEach(i -> sb.append(pieces[i]));
          return sb.toString();
        });
  }

  @Test
  void columnsCountCodePointsFromTheOriginalLineStart() {
    qt().withExamples(3000).forAll(texts(), integers().between(0, 200)).checkAssert((text, at) -> {
      SourceText s = SourceText.of(text);
      int index = Math.min(at, s.text().length());
      SourceSpan p = s.point(index);
      int offset = p.offset();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          line++;
          lineStart = i + 1;
        }
      }
      int column = 1 + text.codePointCount(lineStart, offset); // a pair cut by offset counts once
      assertThat(p.line()).as("line of %s in %s", index, text).isEqualTo(line);
      assertThat(p.column()).as("column of %s in %s", index, text).isEqualTo(column);
    });
  }
}
