package io.github.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8InputTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void validUtf8IsDecodedAsItIs() {
    String text = "三、收到和处理 😀 申请\r\n";
    Utf8Input in = Utf8Input.decode(text.getBytes(StandardCharsets.UTF_8));

    assertThat(in.text()).isEqualTo(text);
    assertThat(in.malformed()).isZero();
  }

  @Test
  void aByteOrderMarkIsKept() {
    Utf8Input in = Utf8Input.decode(bytes(0xEF, 0xBB, 0xBF, 'a'));

    assertThat(in.text()).isEqualTo("\uFEFFa");
    assertThat(in.malformed()).isZero();
  }

  @Test
  void eachMalformedSequenceBecomesOneReplacementCharacter() {
    // 0xFF: never valid; E4 B8 then 'x': a cut three-byte sequence; C3 at the end: cut at end of input.
    Utf8Input in = Utf8Input.decode(bytes('a', 0xFF, 'b', 0xE4, 0xB8, 'x', 0xC3));

    assertThat(in.text()).isEqualTo("a\uFFFDb\uFFFDx\uFFFD");
    assertThat(in.malformed()).isEqualTo(3);
  }

  @Test
  void emptyInput() {
    assertThat(Utf8Input.decode(new byte[0])).isEqualTo(new Utf8Input("", 0));
  }

  @Test
  void decodesLikeTheJdkAndCountsEveryReplacement() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40),
            lists().of(integers().between(0, 255)).ofSizeBetween(0, 8))
        .checkAssert((text, noise) -> {
          byte[] input = interleave(text.replace('\uFFFD', 'x').getBytes(StandardCharsets.UTF_8), noise);
          Utf8Input in = Utf8Input.decode(input);

          assertThat(in.text()).isEqualTo(new String(input, StandardCharsets.UTF_8));
          assertThat(in.malformed()).isEqualTo(in.text().chars().filter(c -> c == 0xFFFD).count());
        });
  }

  /** {@code valid} with the {@code noise} bytes spread through it. */
  private static byte[] interleave(byte[] valid, List<Integer> noise) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int step = Math.max(1, valid.length / (noise.size() + 1));
    int n = 0;
    for (int i = 0; i < valid.length; i++) {
      if (i > 0 && i % step == 0 && n < noise.size()) {
        out.write(noise.get(n++));
      }
      out.write(valid[i]);
    }
    while (n < noise.size()) {
      out.write(noise.get(n++));
    }
    return out.toByteArray();
  }
}
