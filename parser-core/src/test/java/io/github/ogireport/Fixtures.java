package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test inputs from {@code src/test/resources} (copied from the shared corpus), and planting faults in them line by line. */
public final class Fixtures {

  /** The seed reports' file names without extension, in order. */
  public static final List<String> SEEDS = List.of(
      "000_f3378982fb2187e4", "001_e4ed0c6c37b09e63", "002_0830209d30ef71dd", "003_8030f6624176119d",
      "004_a6ccf7e65f232cee");

  private Fixtures() {}

  /** Seed {@code number} ("000" … "004"). */
  public static String seed(String number) {
    for (String s : SEEDS) {
      if (s.startsWith(number)) {
        return resource("seeds/" + s + ".txt");
      }
    }
    throw new IllegalArgumentException(number);
  }

  /** A file under {@code src/test/resources} (a leading '/' is allowed). */
  public static String resource(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(p)) {
      assertThat(in).as(p).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line {@code line} of {@code text} (lines split at '\n'). */
  public static String line(String text, int line) {
    return lines(text).get(line - 1);
  }

  /**
   * {@code text} with {@code from} replaced by {@code to} on line {@code line}; fails unless the line
   * holds {@code from} exactly once (so a changed fixture cannot make a test pass by accident).
   */
  public static String replace(String text, int line, String from, String to) {
    List<String> lines = lines(text);
    String l = lines.get(line - 1);
    assertThat(l.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of %s on line %d: %s", from, line, l)
        .hasSize(2);
    lines.set(line - 1, l.replace(from, to));
    return String.join("\n", lines);
  }

  /** {@code text} with line {@code line} replaced by {@code with}. */
  public static String replaceLine(String text, int line, String with) {
    List<String> lines = lines(text);
    lines.set(line - 1, with);
    return String.join("\n", lines);
  }

  /** {@code text} without line {@code line}; fails unless that line contains {@code expected}. */
  public static String deleteLine(String text, int line, String expected) {
    List<String> lines = lines(text);
    assertThat(lines.get(line - 1)).contains(expected);
    lines.remove(line - 1);
    return String.join("\n", lines);
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }
}
