package io.github.ogireport.internal.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link FlattenedSections#findNumeral} finds the matches {@code Matcher.find()} finds in a region of
 * the text, look-behind at the region's start included, over random texts made of numerals, 、,
 * spaces and other chars.
 */
class FlattenedSectionsNumeralTest {

  @Test
  void sameMatchesAsFindInTheRegion() {
    String alphabet = "一二三四五六七八九十、、、 \t\n\u3000情况总体年0";
    Random random = new Random(42);
    int matches = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int from = random.nextInt(len + 1);
      int to = from + random.nextInt(len - from + 1);
      List<String> expected = new ArrayList<>();
      Matcher reference = FlattenedSections.NUMERAL.matcher(text);
      reference.region(from, to);
      while (reference.find()) {
        expected.add(reference.start() + "-" + reference.end() + ":" + reference.group(1));
      }
      List<String> actual = new ArrayList<>();
      Matcher m = FlattenedSections.NUMERAL.matcher(text);
      int search = from;
      while (FlattenedSections.findNumeral(m, text, from, search, to)) {
        actual.add(m.start() + "-" + m.end() + ":" + m.group(1));
        search = m.end();
      }
      assertThat(actual).as("[%d, %d) of \"%s\"", from, to, text).isEqualTo(expected);
      matches += expected.size();
    }
    assertThat(matches).isGreaterThan(1000);
  }
}
