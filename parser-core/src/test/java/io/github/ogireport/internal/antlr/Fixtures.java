package io.github.ogireport.internal.antlr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The report files of the test resources: {@code seeds/} and {@code corpus/}. */
final class Fixtures {

  private Fixtures() {}

  /** Every file of {@code seeds/} and {@code corpus/}, sorted by name within each. */
  static List<Path> all() {
    List<Path> out = new ArrayList<>(dir("seeds"));
    out.addAll(dir("corpus"));
    return out;
  }

  /** The files of one resource directory, sorted by name. */
  static List<Path> dir(String name) {
    URL url = Fixtures.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("no test resource directory " + name);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
