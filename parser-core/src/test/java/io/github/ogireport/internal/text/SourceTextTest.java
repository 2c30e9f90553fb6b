package io.github.ogireport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.SourceSpan;
import org.junit.jupiter.api.Test;

/** Normalisation and the way back to the original input. */
class SourceTextTest {

  @Test
  void charactersAreNormalised() {
    assertThat(SourceText.normalizeChar('a')).isEqualTo('a');
    assertThat(SourceText.normalizeChar('\f')).isEqualTo('\n');
    assertThat(SourceText.normalizeChar('\t')).isEqualTo('\t');
    assertThat(SourceText.normalizeChar('０')).isEqualTo('0');
    assertThat(SourceText.normalizeChar('９')).isEqualTo('9');
    assertThat(SourceText.normalizeChar('Ａ')).isEqualTo('A');
    assertThat(SourceText.normalizeChar('Ｚ')).isEqualTo('Z');
    assertThat(SourceText.normalizeChar('ｚ')).isEqualTo('z');
    assertThat(SourceText.normalizeChar('ａ')).isEqualTo('a');
    assertThat(SourceText.normalizeChar('\uFF20')).isEqualTo('\uFF20');
    assertThat(SourceText.normalizeChar('\uFF40')).isEqualTo('\uFF40');
    assertThat(SourceText.normalizeChar('\uFF1A')).isEqualTo('\uFF1A');
    for (char c : new char[] {'\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD'}) {
      assertThat(SourceText.normalizeChar(c)).as("U+%04X", (int) c).isEqualTo((char) 0);
    }
    for (char c : new char[] {'\u00A0', '\u3000', '\u2002', '\u2003', '\u2009', '\u202F'}) {
      assertThat(SourceText.normalizeChar(c)).as("U+%04X", (int) c).isEqualTo(' ');
    }
    for (char c : new char[] {'\u2028', '\u2029', '\u0085'}) {
      assertThat(SourceText.normalizeChar(c)).as("U+%04X", (int) c).isEqualTo('\n');
    }
    assertThat(new String(new char[] {
        SourceText.normalizeChar('（'), SourceText.normalizeChar('）'), SourceText.normalizeChar('．'),
        SourceText.normalizeChar('％'), SourceText.normalizeChar('－'), SourceText.normalizeChar('＋'),
        SourceText.normalizeChar('／'), SourceText.normalizeChar('｜'), SourceText.normalizeChar('＃'),
        SourceText.normalizeChar('＊'), SourceText.normalizeChar('，'), SourceText.normalizeChar('：'),
        SourceText.normalizeChar('、'), SourceText.normalizeChar('\u0080')}))
        .isEqualTo("().%-+/|#*，：、\u0080");
  }

  @Test
  void positionsMapBackToTheOriginal() {
    String in = "\uFEFFab\r\ncd\re\u200Bf\n\uD83D\uDE00g";
    SourceText s = SourceText.of(in);
    assertThat(s.text()).isEqualTo("ab\ncd\nef\n\uD83D\uDE00g\n");
    assertThat(s.changed()).isTrue();
    assertThat(s.original()).isSameAs(in);
    assertThat(s.originalLineCount()).isEqualTo(4);
    assertThat(s.originalOffset(0)).isEqualTo(1);
    assertThat(s.originalOffset(3)).isEqualTo(5);
    assertThat(s.originalOffset(s.text().length())).isEqualTo(in.length());
    assertThat(s.originalOffset(-5)).isEqualTo(1);
    SourceSpan f = s.span(7, 8); // 'f'
    assertThat(in.substring(f.offset(), f.endOffset())).isEqualTo("f");
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.column()).isEqualTo(3);
    assertThat(f.endColumn()).isEqualTo(4);
    SourceSpan g = s.span(11, 12); // 'g' after a surrogate pair: column 2 in code points
    assertThat(in.substring(g.offset(), g.endOffset())).isEqualTo("g");
    assertThat(g.line()).isEqualTo(4);
    assertThat(g.column()).isEqualTo(2);
    SourceSpan point = s.point(3);
    assertThat(point.offset()).isEqualTo(point.endOffset()).isEqualTo(5);
    assertThat(point.line()).isEqualTo(2);
    assertThat(point.column()).isEqualTo(1);
    assertThat(s.span(4, 4).offset()).isEqualTo(s.span(4, 4).endOffset());

    SourceText plain = SourceText.of("abc\n");
    assertThat(plain.changed()).isFalse();
    assertThat(plain.text()).isEqualTo("abc\n");
    assertThat(plain.originalOffset(2)).isEqualTo(2);
    assertThat(plain.originalOffset(99)).isEqualTo(4);
    SourceText unterminated = SourceText.of("abc");
    assertThat(unterminated.text()).isEqualTo("abc\n");
    assertThat(unterminated.span(0, 4).endOffset()).isEqualTo(3);
    assertThat(SourceText.of(null).text()).isEqualTo("\n");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      many.append("x\n");
    }
    SourceText lines = SourceText.of(many);
    assertThat(lines.originalLineCount()).isEqualTo(101);
    assertThat(lines.span(198, 199).line()).isEqualTo(100);
  }
}
