package io.github.ogireport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ogireport.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceText} keeps its offset map sparse and counts columns without scanning lines; it must
 * answer exactly what the plain definitions answer: one original offset per normalised char, and
 * columns counted in code points from the start of the original line ({@link Reference}).
 */
class SourceTextOffsetsTest {

  private static final String[] PIECES = {
    "a", "一", "（", "１", "\u3000", "\u00A0", " ", "\t", "\n", "\r\n", "\r", "\f", "\u2028", "\uFEFF",
    "\u200B", "\u00AD", "𠙶", "\uD840", "\uDC00", "\u0000", "|", "，",
  };

  @Test
  void offsetsLinesAndColumnsAreThoseOfThePlainDefinitions() {
    qt().withExamples(1_500)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40))
        .checkAssert(picks -> {
          StringBuilder sb = new StringBuilder();
          picks.forEach(i -> sb.append(PIECES[i]));
          assertSameAsReference(sb.toString());
        });
  }

  @Test
  void edgeCases() {
    for (String s : List.of("", "\n", "\r", "\r\n", "\uFEFF", "\uFEFF\uFEFF", "a\uFEFF", "a\r\n\r\n", "𠙶", "𠙶\n𠙶x",
        "\uD840\uD840\uDC00", "x\u200B\u200B\u200By\r\nz")) {
      assertSameAsReference(s);
    }
  }

  @Test
  void longLinesAreCountedWithoutScanning() {
    String line = "字".repeat(200_000) + "𠙶" + "x".repeat(10);
    SourceText t = SourceText.of(line);
    SourceSpan s = t.span(line.length() - 1, line.length());
    assertThat(s.line()).isEqualTo(1);
    assertThat(s.column()).isEqualTo(200_000 + 1 + 10);
  }

  private static void assertSameAsReference(String input) {
    SourceText t = SourceText.of(input);
    Reference r = new Reference(input);
    String at = "input " + escape(input);
    assertThat(t.text()).as(at).isEqualTo(r.text);
    assertThat(t.changed()).as(at).isEqualTo(r.changed);
    assertThat(t.originalLineCount()).as(at).isEqualTo(r.lineCount);
    int n = t.text().length();
    for (int i = 0; i <= n; i++) {
      assertThat(t.originalOffset(i)).as("%s offset %d", at, i).isEqualTo(r.originalOffset(i));
      assertThat(t.point(i)).as("%s point %d", at, i).isEqualTo(r.point(i));
      for (int j = i; j <= n; j++) {
        assertThat(spanText(t.span(i, j))).as("%s span %d-%d", at, i, j).isEqualTo(spanText(r.span(i, j)));
      }
    }
  }

  private static String spanText(SourceSpan s) {
    return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn() + "@" + s.offset() + "-" + s.endOffset();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return sb.append('"').toString();
  }

  /** The plain definitions: a full offset map, columns counted char by char from the line start. */
  static final class Reference {
    final CharSequence original;
    final String text;
    final int[] map;
    final List<Integer> lineStarts = new ArrayList<>();
    final int lineCount;
    final boolean changed;

    Reference(CharSequence in) {
      original = in;
      int n = in.length();
      StringBuilder out = new StringBuilder();
      map = new int[n + 2];
      lineStarts.add(0);
      boolean ch = false;
      for (int i = 0; i < n; i++) {
        char c = in.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= n || in.charAt(i + 1) != '\n'))) {
          lineStarts.add(i + 1);
        }
        if (c == '\r') {
          ch = true;
          if (i + 1 < n && in.charAt(i + 1) == '\n') {
            continue;
          }
          map[out.length()] = i;
          out.append('\n');
          continue;
        }
        char m = SourceText.normalizeChar(c);
        if (m == 0) {
          ch = true;
          continue;
        }
        ch |= m != c;
        map[out.length()] = i;
        out.append(m);
      }
      if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
        map[out.length()] = n;
        out.append('\n');
        ch = true;
      }
      map[out.length()] = n;
      text = out.toString();
      lineCount = lineStarts.size();
      changed = ch;
    }

    int originalOffset(int index) {
      return map[Math.max(0, Math.min(index, text.length()))];
    }

    SourceSpan span(int start, int end) {
      int os = originalOffset(start);
      int oe = end <= start ? os : originalOffset(end - 1) + 1;
      if (end > start && oe <= os) {
        oe = os + 1;
      }
      oe = Math.min(Math.max(oe, os), original.length());
      int l1 = lineOf(os);
      int l2 = lineOf(oe);
      return SourceSpan.of(l1 + 1, columnOf(l1, os), l2 + 1, columnOf(l2, oe), os, oe);
    }

    SourceSpan point(int index) {
      int os = originalOffset(index);
      int l = lineOf(os);
      return SourceSpan.point(l + 1, columnOf(l, os), os);
    }

    int lineOf(int offset) {
      int l = 0;
      while (l + 1 < lineStarts.size() && lineStarts.get(l + 1) <= offset) {
        l++;
      }
      return l;
    }

    int columnOf(int line, int offset) {
      int col = 1;
      for (int i = lineStarts.get(line); i < offset && i < original.length(); i++) {
        char c = original.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < offset && Character.isLowSurrogate(original.charAt(i + 1))) {
          i++;
        }
        col++;
      }
      return col;
    }
  }
}
