package io.github.ogireport.internal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/ogireport/internal/diag/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyMessageIsInBothBundles() throws IOException {
    assertThat(load("messages_zh.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void theDigitSplitMessagesFormatTheirArguments() {
    assertThat(Messages.of(Locale.ENGLISH).format("digits-split", "230 000023", "本年新收", "23 | 0"))
        .isEqualTo("Digits \"230 000023\" of row \"本年新收\" read as 23 | 0");
    assertThat(Messages.of(Locale.CHINA).format("digits-split", "230 000023", "本年新收", "23 | 0"))
        .isEqualTo("第“本年新收”行的数字“230 000023”拆分为 23 | 0");
  }
}
