package io.github.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link AnchoredFinder} finds what {@link Matcher#find()} finds: every match, start, end and group,
 * for each phrasing {@link ProseMatchesTables} reads, over the seeds and over random texts made of the
 * chars those phrasings use (so matches, near misses and look-behinds are frequent).
 */
class AnchoredFinderTest {

  @Test
  void sameMatchesAsFindOverTheSeeds() {
    int matches = 0;
    for (String seed : Fixtures.SEEDS) {
      String text = Fixtures.seed(seed);
      for (ProseMatchesTables.Quote q : ProseMatchesTables.QUOTES) {
        List<String> expected = viaFind(q.pattern, text);
        assertThat(viaFinder(q, text)).as("%s in seed %s", q.pattern, seed).isEqualTo(expected);
        matches += expected.size();
      }
    }
    assertThat(matches).as("the seeds quote figures").isPositive();
  }

  @Test
  void sameMatchesAsFindOverRandomTexts() {
    String alphabet = "不未予收到受理新政府信息公开申请数量总共计合为是已答复办结均全部上一年度转的至下继续需将行政复议诉讼案件起"
        + "0123456789０１２３４５６７８９.，。 \u3000\n";
    Random random = new Random(6);
    int matches = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(80);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // plant whole phrasings too, so that every pattern matches now and then
      if (random.nextBoolean()) {
        String[] phrases = {"受理申请12件", "未收到申请3件", "收到各类申请共2件", "新收政府信息公开申请9件", "已答复８件",
            "均已答复 7 件", "答复办结申请4件", "已办结6件", "不予办结1件", "已全部答复为3件", "上年度结转的申请2件",
            "上一年转结1件", "结转下一年度继续办理的申请4件", "结转至下年度5件", "5件需结转至下一年", "１２件将结转到下年",
            "1.5件结转下年", "行政复议案件共计3起", "行政诉讼2件"};
        sb.insert(random.nextInt(sb.length() + 1), phrases[random.nextInt(phrases.length)]);
      }
      String text = sb.toString();
      for (ProseMatchesTables.Quote q : ProseMatchesTables.QUOTES) {
        List<String> expected = viaFind(q.pattern, text);
        assertThat(viaFinder(q, text)).as("%s in %s", q.pattern, text).isEqualTo(expected);
        matches += expected.size();
      }
    }
    assertThat(matches).isGreaterThan(1000);
  }

  @Test
  void sameMatchesAsFindInAStretchOfTheText() {
    // a section of the input is read in place: matches lie inside [start, end); look-arounds see past it
    Random random = new Random(11);
    int matches = 0;
    for (String seed : Fixtures.SEEDS) {
      String text = Fixtures.seed(seed);
      for (int round = 0; round < 40; round++) {
        int start = random.nextInt(text.length());
        int end = start + random.nextInt(text.length() - start + 1);
        for (ProseMatchesTables.Quote q : ProseMatchesTables.QUOTES) {
          List<String> expected = new ArrayList<>();
          Matcher m = q.pattern.matcher(text).region(start, end).useTransparentBounds(true).useAnchoringBounds(false);
          while (m.find()) {
            expected.add(describe(m));
          }
          List<String> found = new ArrayList<>();
          AnchoredFinder f = new AnchoredFinder(q.pattern, q.firstChars, text, start, end);
          while (f.find()) {
            found.add(describe(f.matcher()));
          }
          assertThat(found).as("%s in [%d, %d) of seed %s", q.pattern, start, end, seed).isEqualTo(expected);
          matches += expected.size();
        }
      }
    }
    assertThat(matches).as("stretches hold quotes").isPositive();
  }

  private static List<String> viaFind(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> viaFinder(ProseMatchesTables.Quote q, String text) {
    List<String> out = new ArrayList<>();
    AnchoredFinder f = new AnchoredFinder(q.pattern, q.firstChars, text, 0, text.length());
    while (f.find()) {
      out.add(describe(f.matcher()));
    }
    return out;
  }

  private static String describe(Matcher m) {
    return m.start() + "-" + m.end() + ":" + m.group() + "/" + m.start(1) + "-" + m.end(1);
  }
}
