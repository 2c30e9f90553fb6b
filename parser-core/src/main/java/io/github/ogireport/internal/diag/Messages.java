package io.github.ogireport.internal.diag;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Diagnostic messages from the resource bundle {@code io.github.ogireport.internal.diag.messages}
 * (English default, {@code _zh} Chinese). Arguments are formatted with {@link MessageFormat}; pass
 * numbers as strings so that no grouping separators appear.
 */
public final class Messages {

  private static final String BUNDLE = "io.github.ogireport.internal.diag.messages";
  private static final ConcurrentHashMap<Locale, Messages> CACHE = new ConcurrentHashMap<>();

  private final ResourceBundle bundle;
  private final Locale locale;
  /** Parsed patterns by key: parsing a pattern costs more than formatting it. Copied per use. */
  private final ConcurrentHashMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Messages for {@code locale} (Chinese for any {@code zh} locale, English otherwise). */
  public static Messages of(Locale locale) {
    Locale key = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    return CACHE.computeIfAbsent(key, Messages::new);
  }

  public Locale locale() {
    return locale;
  }

  /** The message {@code key} with {@code args}; the key itself if the bundle lacks it. */
  public String format(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return args.length == 0 ? key : elide(key + " " + java.util.Arrays.toString(args));
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] strings = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = elide(String.valueOf(args[i]));
    }
    MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    // a MessageFormat is not thread-safe and parsers are shared: format with a copy
    return ((MessageFormat) parsed.clone()).format(strings);
  }

  /** Longest argument quoted whole in a message; longer ones are cut (a hostile input's huge cell). */
  public static final int MAX_ARGUMENT_CHARS = 200;

  /** {@code s}, or its first {@link #MAX_ARGUMENT_CHARS} chars and "…" if longer. */
  static String elide(String s) {
    if (s.length() <= MAX_ARGUMENT_CHARS) {
      return s;
    }
    int end = MAX_ARGUMENT_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return s.substring(0, end) + "…";
  }

  /** True if the bundle has {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
