package io.github.ogireport.internal.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every diagnostic message exists in English and in Chinese, and formats without error. */
class MessagesBundleTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh.properties");
    assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
  }

  @Test
  void everyMessageFormatsItsArguments() throws IOException {
    Object[] args = {"a0", "a1", "a2", "a3", "a4"};
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.CHINESE}) {
      Messages m = Messages.of(locale);
      for (String key : load("messages.properties").stringPropertyNames()) {
        String text = m.format(key, args);
        assertThat(text).as("%s %s", locale, key).doesNotContain("{0}").isNotEqualTo(key);
      }
    }
  }
}
