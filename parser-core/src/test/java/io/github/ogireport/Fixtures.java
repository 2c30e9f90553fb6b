package io.github.ogireport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test fixtures copied from the shared corpus into test resources. */
final class Fixtures {

  static final List<String> SEEDS = List.of(
      "000_f3378982fb2187e4", "001_e4ed0c6c37b09e63", "002_0830209d30ef71dd", "003_8030f6624176119d",
      "004_a6ccf7e65f232cee");

  private Fixtures() {}

  static String seed(String id) {
    for (String s : SEEDS) {
      if (s.startsWith(id)) {
        return resource("/seeds/" + s + ".txt");
      }
    }
    throw new IllegalArgumentException(id);
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
