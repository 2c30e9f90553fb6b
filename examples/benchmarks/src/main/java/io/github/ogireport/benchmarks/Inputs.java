package io.github.ogireport.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs the benchmarks read: the seed mix (the five real reports of the test fixtures, copied
 * into this module's resources) and one large synthetic report of about 1 MB built from a real seed.
 * Everything is deterministic, so every run and every fork measures the same bytes.
 */
public final class Inputs {

  /** The five seed reports, tab-separated renderings of real reports. */
  public static final List<String> SEED_NAMES = List.of(
      "000_f3378982fb2187e4.txt",
      "001_e4ed0c6c37b09e63.txt",
      "002_0830209d30ef71dd.txt",
      "003_8030f6624176119d.txt",
      "004_a6ccf7e65f232cee.txt");

  /** The seed the large report is built from: the one with the most 总体情况 prose. */
  public static final String LARGE_BASE = "004_a6ccf7e65f232cee.txt";

  /** Size the large report reaches at least, in UTF-8 bytes. */
  public static final int LARGE_TARGET_BYTES = 1_000_000;

  /** Input names accepted by {@link #texts(String)}, as the benchmarks' {@code input} parameter spells them. */
  public static final String SEEDS = "seeds";
  /** See {@link #SEEDS}. */
  public static final String LARGE = "large";

  private Inputs() {}

  /** The texts of input {@code name} ({@value #SEEDS} or {@value #LARGE}), in a fixed order. */
  public static List<String> texts(String name) {
    switch (name) {
      case SEEDS:
        return seeds();
      case LARGE:
        return List.of(large());
      default:
        throw new IllegalArgumentException("unknown input " + name + "; expected seeds or large");
    }
  }

  /** UTF-8 bytes of all texts of input {@code name}: the bytes one benchmark operation reads. */
  public static long utf8Bytes(String name) {
    long n = 0;
    for (String t : texts(name)) {
      n += t.getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  /** Chars (UTF-16 code units) of all texts of input {@code name}. */
  public static long chars(String name) {
    long n = 0;
    for (String t : texts(name)) {
      n += t.length();
    }
    return n;
  }

  /** The five seeds, in name order. */
  public static List<String> seeds() {
    List<String> out = new ArrayList<>(SEED_NAMES.size());
    for (String name : SEED_NAMES) {
      out.add(seed(name));
    }
    return List.copyOf(out);
  }

  /** One seed by file name. */
  public static String seed(String name) {
    String resource = "seeds/" + name;
    try (InputStream in = Inputs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The large report: seed {@value #LARGE_BASE} whose 总体情况 body (every line between the headings
   * 一、总体情况 and 二、主动公开政府信息情况) is repeated until the whole text reaches
   * {@value #LARGE_TARGET_BYTES} UTF-8 bytes. Title block and tables are kept as they are, so it parses
   * to the same values as the seed (checked by the module's tests).
   */
  public static String large() {
    String base = seed(LARGE_BASE);
    List<String> lines = base.lines().toList();
    int first = -1;
    int second = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (first < 0 && l.contains("一、总体情况")) {
        first = i;
      } else if (first >= 0 && l.contains("二、主动公开政府信息情况")) {
        second = i;
        break;
      }
    }
    if (first < 0 || second < 0) {
      throw new IllegalStateException(LARGE_BASE + " has no 一、总体情况 … 二、 section");
    }
    String head = join(lines.subList(0, first + 1));
    String body = join(lines.subList(first + 1, second));
    String tail = join(lines.subList(second, lines.size()));
    int fixed = utf8(head) + utf8(tail);
    int per = utf8(body);
    int copies = Math.max(1, (LARGE_TARGET_BYTES - fixed + per - 1) / per);
    StringBuilder sb = new StringBuilder(LARGE_TARGET_BYTES);
    sb.append(head);
    for (int i = 0; i < copies; i++) {
      sb.append(body);
    }
    sb.append(tail);
    return sb.toString();
  }

  private static String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
