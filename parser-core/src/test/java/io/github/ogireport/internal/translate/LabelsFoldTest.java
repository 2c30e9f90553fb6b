package io.github.ogireport.internal.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Labels#fold} drops spaces, quotes and Markdown marks and folds full-width punctuation, char by char. */
class LabelsFoldTest {

  @Test
  void foldsCharByChar() {
    String alphabet = " \t\u3000*#“”\"‘’'「」（），：；．。予以公开(),:;.a1";
    Random random = new Random(3);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Labels.fold(s)).as("\"%s\"", s).isEqualTo(expected(s));
    }
    assertThat(Labels.fold("（一）予以公开")).isEqualTo("(一)予以公开");
    assertThat(Labels.fold("**本年新收**  申请")).isEqualTo("本年新收申请");
  }

  private static String expected(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (" \t\u3000*#“”\"‘’'「」".indexOf(c) >= 0) {
        continue;
      }
      int k = "（），：；．。".indexOf(c);
      sb.append(k >= 0 ? "(),:;..".charAt(k) : c);
    }
    return sb.toString();
  }
}
