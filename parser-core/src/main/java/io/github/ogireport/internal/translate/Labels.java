package io.github.ogireport.internal.translate;

/**
 * Label normalisation shared by the translators: labels are compared after removing spaces,
 * Markdown decoration, quotes and enumeration marks, and after folding full-width punctuation.
 */
public final class Labels {

  private Labels() {}

  /** Folds a label for comparison: no spaces, no quotes, no Markdown, half-width punctuation. */
  public static String fold(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !folds(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s; // nothing to drop or fold: most labels
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case ' ': case '\t': case '\u3000': case '*': case '#': case '“': case '”': case '"': case '‘':
        case '’': case '\'': case '「': case '」':
          break;
        case '（': sb.append('('); break;
        case '）': sb.append(')'); break;
        case '，': sb.append(','); break;
        case '：': sb.append(':'); break;
        case '；': sb.append(';'); break;
        case '．': case '。': sb.append('.'); break;
        default: sb.append(c);
      }
    }
    return sb.toString();
  }

  /** True for the chars {@link #fold} drops or replaces. */
  private static boolean folds(char c) {
    switch (c) {
      case ' ': case '\t': case '\u3000': case '*': case '#': case '“': case '”': case '"': case '‘':
      case '’': case '\'': case '「': case '」':
      case '（': case '）': case '，': case '：': case '；': case '．': case '。':
        return true;
      default:
        return false;
    }
  }

  /** True for the Chinese numerals 一…十. */
  public static boolean isChineseNumeral(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** Value of a short Chinese numeral (一 → 1, 十 → 10, 十二 → 12), 0 if none. */
  public static int numeral(CharSequence s, int from, int to) {
    int value = 0;
    int digit = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int d = "一二三四五六七八九".indexOf(c) + 1;
      if (d > 0) {
        digit = d;
      } else if (c == '十') {
        value += (digit == 0 ? 1 : digit) * 10;
        digit = 0;
      } else {
        return 0;
      }
    }
    return value + digit;
  }

  /**
   * Similarity of two folded labels in [0, 1]: the Dice coefficient of their character bigrams (of
   * their characters when either is shorter than 3).
   */
  public static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    if (a.length() < 3 || b.length() < 3) {
      int common = 0;
      StringBuilder rest = new StringBuilder(b);
      for (int i = 0; i < a.length(); i++) {
        int j = rest.indexOf(String.valueOf(a.charAt(i)));
        if (j >= 0) {
          common++;
          rest.deleteCharAt(j);
        }
      }
      return 2.0 * common / (a.length() + b.length());
    }
    java.util.List<String> bigrams = new java.util.ArrayList<>(b.length());
    for (int i = 0; i + 1 < b.length(); i++) {
      bigrams.add(b.substring(i, i + 2));
    }
    int common = 0;
    for (int i = 0; i + 1 < a.length(); i++) {
      String g = a.substring(i, i + 2);
      if (bigrams.remove(g)) {
        common++;
      }
    }
    return 2.0 * common / ((a.length() - 1) + (b.length() - 1));
  }
}
