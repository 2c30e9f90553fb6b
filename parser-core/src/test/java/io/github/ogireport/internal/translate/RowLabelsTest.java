package io.github.ogireport.internal.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.Fixtures;
import io.github.ogireport.model.ApplicationRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RowLabels#segments} cuts a label at the enumeration marks the regex below finds (its
 * definition, which the main code scans for by hand): the same segments, kinds and numbers, over
 * every standard label, every cell of the seeds and random labels dense in marks and near misses.
 */
class RowLabelsTest {

  private static final Pattern ENUM = Pattern.compile(
      "([一二三四五六七八九十]{1,2})\\s*、|\\(\\s*([一二三四五六七八九十]{1,2})\\s*\\)|(?<![0-9.])(\\d{1,2})\\s*[.、](?![0-9])");

  /** The segments as the regex cuts them: what {@code segments} did before it scanned by hand. */
  private static List<String> viaRegex(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = ENUM.matcher(text);
    int kind = RowLabels.NONE;
    int number = 0;
    int from = 0;
    while (m.find()) {
      String before = Labels.fold(text.substring(from, m.start()));
      if (!before.isEmpty() || kind != RowLabels.NONE) {
        out.add(kind + ":" + number + ":" + before);
      }
      if (m.group(1) != null) {
        kind = RowLabels.TOP;
        number = Labels.numeral(m.group(1), 0, m.group(1).length());
      } else if (m.group(2) != null) {
        kind = RowLabels.PAREN;
        number = Labels.numeral(m.group(2), 0, m.group(2).length());
      } else {
        kind = RowLabels.ITEM;
        number = Integer.parseInt(m.group(3));
      }
      from = m.end();
    }
    String rest = Labels.fold(text.substring(from));
    if (!rest.isEmpty() || kind != RowLabels.NONE) {
      out.add(kind + ":" + number + ":" + rest);
    }
    return out;
  }

  private static List<String> viaScan(String text) {
    List<String> out = new ArrayList<>();
    for (Object s : RowLabels.segments(text)) {
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void standardLabelsAndEveryCellOfTheSeeds() {
    List<String> labels = new ArrayList<>();
    for (ApplicationRow r : ApplicationRow.values()) {
      labels.add(r.label());
    }
    for (String seed : Fixtures.SEEDS) {
      for (String line : Fixtures.seed(seed).split("\n")) {
        labels.addAll(List.of(line.split("[\t|]")));
      }
    }
    int marked = 0;
    for (String label : labels) {
      List<String> expected = viaRegex(label);
      assertThat(viaScan(label)).as(label).isEqualTo(expected);
      marked += expected.stream().anyMatch(s -> !s.startsWith("0:")) ? 1 : 0;
    }
    assertThat(marked).as("labels with a mark").isGreaterThan(50);
  }

  @Test
  void randomLabelsDenseInMarksAndNearMisses() {
    String alphabet = "一二三十四五九十十0123456789..、、(()) \t\u3000\n\u000B\f\r申请予以公开其他处理结转总计";
    Random random = new Random(7);
    int marks = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(14);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String label = sb.toString();
      List<String> expected = viaRegex(label);
      assertThat(viaScan(label)).as("[%s]", label).isEqualTo(expected);
      marks += (int) expected.stream().filter(s -> !s.startsWith("0:")).count();
    }
    assertThat(marks).as("marks found").isGreaterThan(2_000);
  }
}
