package io.github.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    assertThat(Utf8Input.decode(new byte[0])).isEqualTo(new Utf8Input("", 0, false));
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

  /**
   * Reads {@code input} handing out at most {@code chunk} bytes per read call, once as the CLI does and
   * once decoding everything through the buffers (no input read whole): both must give the same.
   */
  private static Utf8Input read(byte[] input, int maxChars, int chunk) {
    try {
      Utf8Input usual = Utf8Input.read(new Trickle(input, chunk), maxChars, -1);
      Utf8Input streamed = Utf8Input.read(new Trickle(input, chunk), maxChars, -1, 0);
      assertThat(streamed).isEqualTo(usual);
      return usual;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theLimitIsExact() {
    byte[] ten = "0123456789".getBytes(StandardCharsets.UTF_8);

    assertThat(read(ten, 10, 3)).isEqualTo(new Utf8Input("0123456789", 0, false));
    assertThat(read(ten, 9, 3)).isEqualTo(new Utf8Input("0123456789", 0, false)); // maxChars + 1: all of it
    assertThat(read(ten, 8, 3)).isEqualTo(new Utf8Input("012345678", 0, true));
    assertThat(read(ten, 0, 3)).isEqualTo(new Utf8Input("0", 0, true));
    assertThat(read(new byte[0], 0, 3)).isEqualTo(new Utf8Input("", 0, false));
  }

  @Test
  void theLimitCountsCharsNotBytes() {
    byte[] chinese = "政府信息公开".getBytes(StandardCharsets.UTF_8); // 18 bytes, 6 chars

    assertThat(read(chinese, 4, 7)).isEqualTo(new Utf8Input("政府信息公", 0, true));
    assertThat(read(chinese, 5, 7)).isEqualTo(new Utf8Input("政府信息公开", 0, false));
  }

  @Test
  void aFourByteCharacterAcrossTheLimitKeepsItsFirstHalf() {
    byte[] emoji = "a😀b".getBytes(StandardCharsets.UTF_8); // chars: a, high, low, b

    assertThat(read(emoji, 1, 1)).isEqualTo(new Utf8Input("a\uD83D", 0, true));
    assertThat(read(emoji, 2, 1)).isEqualTo(new Utf8Input("a😀", 0, true));
    assertThat(read(emoji, 0, 1)).isEqualTo(new Utf8Input("a", 0, true));
  }

  @Test
  void onlyMalformedSequencesWithinTheTextAreCounted() {
    byte[] input = bytes(0xFF, 'a', 0xFF, 0xFF, 'b');

    assertThat(read(input, 1, 2)).isEqualTo(new Utf8Input("\uFFFDa", 1, true));
    assertThat(read(input, 2, 2)).isEqualTo(new Utf8Input("\uFFFDa\uFFFD", 2, true));
    assertThat(read(input, 10, 2)).isEqualTo(new Utf8Input("\uFFFDa\uFFFD\uFFFDb", 3, false));
  }

  @Test
  void sequencesCutByTheBufferAreDecodedWhole() {
    // a 4-byte char, a 3-byte char, a cut 3-byte sequence and a 2-byte char, placed so that the
    // 64 KiB buffer ends inside each of them in turn
    for (int shift = 0; shift < 5; shift++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("x".repeat(Utf8Input.BUFFER_BYTES - 2 - shift).getBytes(StandardCharsets.UTF_8));
      out.writeBytes("😀政".getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bytes(0xE6, 0x94, 'y', 0xC3, 0xA9, 0xF0, 0x9F));
      byte[] input = out.toByteArray();

      Utf8Input in = read(input, Integer.MAX_VALUE - 1, Integer.MAX_VALUE);

      assertThat(in.text()).as("shift %d", shift).isEqualTo(new String(input, StandardCharsets.UTF_8))
          .endsWith("😀政\uFFFDyé\uFFFD");
      assertThat(in.malformed()).isEqualTo(2);
      assertThat(in.truncated()).isFalse();
    }
  }

  @Test
  void decodesInAnyChunksLikeTheJdkUpToTheLimit() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40),
            lists().of(integers().between(0, 255)).ofSizeBetween(0, 8),
            integers().between(1, 7), integers().between(0, 60))
        .checkAssert((text, noise, chunk, maxChars) -> {
          byte[] input = interleave(text.replace('\uFFFD', 'x').getBytes(StandardCharsets.UTF_8), noise);
          String whole = new String(input, StandardCharsets.UTF_8);
          Utf8Input in = read(input, maxChars, chunk);

          boolean cut = whole.length() > maxChars + 1;
          assertThat(in.text()).isEqualTo(cut ? whole.substring(0, maxChars + 1) : whole);
          assertThat(in.truncated()).isEqualTo(cut);
          assertThat(in.malformed()).isEqualTo(in.text().chars().filter(c -> c == 0xFFFD).count());
        });
  }

  @Test
  void anEndlessStreamIsReadOnlyUpToTheLimit() throws IOException {
    Endless endless = new Endless("政府".getBytes(StandardCharsets.UTF_8));

    Utf8Input in = Utf8Input.read(endless, 1_000_000, -1);

    assertThat(in.truncated()).isTrue();
    assertThat(in.text()).hasSize(1_000_001).startsWith("政府政府");
    assertThat(endless.served).isLessThanOrEqualTo(3L * 1_000_001 + Utf8Input.BUFFER_BYTES + 1);
  }

  @Test
  void anInputLargerThanWhatIsReadWholeIsDecodedThroughTheBuffers() throws IOException {
    // a U+FFFD of the input itself is no replacement: only the two malformed bytes are counted
    byte[] input = ("\uFFFD" + "政".repeat(Utf8Input.WHOLE_BYTES / 3) + "\uFFFD").getBytes(StandardCharsets.UTF_8);
    byte[] withJunk = Arrays.copyOf(input, input.length + 2);
    withJunk[input.length] = (byte) 0xC0;
    withJunk[input.length + 1] = 'x';
    String expected = new String(withJunk, StandardCharsets.UTF_8);

    Utf8Input in = Utf8Input.read(new Trickle(withJunk, 5000), 4 * 1024 * 1024, withJunk.length);

    assertThat(in).isEqualTo(new Utf8Input(expected, 1, false));
    assertThat(Utf8Input.read(new Trickle(withJunk, 5000), 100, -1))
        .isEqualTo(new Utf8Input(expected.substring(0, 101), 0, true));
  }

  @Test
  void aSizeHintOnlySizesTheBuffers() throws IOException {
    byte[] input = "三、收到和处理政府信息公开申请情况\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    String expected = new String(input, StandardCharsets.UTF_8);

    for (long hint : new long[] {0, 10, input.length, 3L * input.length, Long.MAX_VALUE}) {
      Utf8Input in = Utf8Input.read(new ByteArrayInputStream(input), 4 * 1024 * 1024, hint);
      assertThat(in).as("hint %d", hint).isEqualTo(new Utf8Input(expected, 0, false));
    }
  }

  /** Serves its bytes at most {@code chunk} at a time. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int position;

    Trickle(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, chunk), bytes.length - position);
      System.arraycopy(bytes, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** Repeats its bytes forever, counting what it served. */
  private static final class Endless extends InputStream {
    private final byte[] unit;
    long served;

    Endless(byte[] unit) {
      this.unit = unit;
    }

    @Override
    public int read() {
      return unit[(int) (served++ % unit.length)] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = unit[(int) (served++ % unit.length)];
      }
      return len;
    }
  }
}
