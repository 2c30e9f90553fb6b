package io.github.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each seed's full JSON (with positions) equals its golden file under {@code src/test/resources/golden}.
 * The golden files were checked by hand against the seed texts once. To rewrite them after an
 * intended change, run with {@code -Dogi.golden.update=true} and review the diff.
 */
class GoldenTest {

  private static final ReportParser PARSER = ReportParser.create();
  private static final ReportJson JSON = ReportJson.builder().pretty(true).positions(true).build();

  static java.util.List<String> seeds() {
    return Fixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedMatchesGolden(String seed) throws IOException {
    String json = JSON.write(PARSER.parse(Fixtures.resource("/seeds/" + seed + ".txt")), seed + ".txt") + "\n";
    String name = seed.substring(0, 3) + ".json";
    if (Boolean.getBoolean("ogi.golden.update")) {
      Path p = Path.of("src/test/resources/golden", name);
      Files.writeString(p, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Fixtures.resource("/golden/" + name));
  }
}
