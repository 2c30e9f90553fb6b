package io.github.ogireport.internal.reconstruct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts flattened table text (cells run together without separators) into alternating runs of label
 * text and of numbers. A number run is digits, with the spaces between them; for section 二 also a
 * minus sign, a decimal point and a trailing unit (元, 万元). A row label's item index glued after the
 * previous row's numbers ("0000000" + "2.其他法律…" prints "00000002.其他法律…") goes back to the label:
 * a run's last digit followed by "." or "、" and a non-digit is an index, not a cell.
 */
final class FlatRuns {

  /** A run: label text or numbers, over [start, end) of the normalised text, trimmed of spaces. */
  static final class Run {
    final boolean number;
    final int start;
    final int end;
    final String text;

    Run(boolean number, int start, int end, String text) {
      this.number = number;
      this.start = start;
      this.end = end;
      this.text = text;
    }

    @Override
    public String toString() {
      return (number ? "#" : "") + text;
    }
  }

  /** A label (maybe absent) with the numbers printed after it (maybe absent). */
  static final class Pair {
    final Run label;
    final Run numbers;

    Pair(Run label, Run numbers) {
      this.label = label;
      this.numbers = numbers;
    }
  }

  /** Enumeration marks that start a row label or a group label: 三、 （一） 1. 1、 */
  private static final Pattern ENUMERATION = Pattern.compile(
      "[一二三四五六七八九十]{1,2}\\s*、|[(（]\\s*[一二三四五六七八九十]{1,2}\\s*[)）]|(?<![0-9.])\\d{1,2}\\s*[.、](?![0-9])");

  private FlatRuns() {}

  /**
   * The runs of text[from, to). With {@code signedDecimals}, number runs also take minus signs,
   * decimal points and a trailing unit (section 二); otherwise only digits and spaces.
   */
  static List<Run> of(String text, int from, int to, boolean signedDecimals) {
    List<Run> out = new ArrayList<>();
    int textStart = from;
    int i = from;
    while (i < to) {
      if (!startsNumber(text, i, to, signedDecimals)) {
        i++;
        continue;
      }
      int s = i;
      int e = numberEnd(text, s, to, signedDecimals);
      // an item index glued to the next label: the run's last digit, followed by "." or "、" and no digit
      if (e < to - 1 && (text.charAt(e) == '.' || text.charAt(e) == '、') && isDigit(text.charAt(e - 1))
          && labelFollows(text, e + 1, to)) {
        e--;
        while (e > s && text.charAt(e - 1) == ' ') {
          e--;
        }
      }
      if (e <= s || !isDigit(text.charAt(e - 1)) && !endsWithUnit(text, s, e)) {
        i = Math.max(i + 1, e);
        continue;
      }
      add(out, text, textStart, s, false);
      add(out, text, s, e, true);
      textStart = e;
      i = e;
    }
    add(out, text, textStart, to, false);
    return out;
  }

  /** The runs paired: each label with the numbers that follow it. */
  static List<Pair> pairs(List<Run> runs) {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      if (r.number) {
        out.add(new Pair(null, r));
      } else if (i + 1 < runs.size() && runs.get(i + 1).number) {
        out.add(new Pair(r, runs.get(i + 1)));
        i++;
      } else {
        out.add(new Pair(r, null));
      }
    }
    return out;
  }

  /** Cuts a label run at its enumeration marks: "三、本年度办理结果（一）予以公开" → two pieces. */
  static List<Run> labelPieces(String text, Run label) {
    List<Run> out = new ArrayList<>();
    Matcher m = ENUMERATION.matcher(text);
    m.region(label.start, label.end);
    int from = label.start;
    while (m.find()) {
      if (m.start() > from) {
        add(out, text, from, m.start(), false);
        from = m.start();
      }
    }
    add(out, text, from, label.end, false);
    return out;
  }

  /** True if {@code piece} starts with an enumeration mark. */
  static boolean enumerated(String text, Run piece) {
    Matcher m = ENUMERATION.matcher(text);
    m.region(piece.start, piece.end);
    return m.lookingAt();
  }

  /** True if a label (not a number) starts at {@code i}, after spaces. */
  private static boolean labelFollows(String text, int i, int to) {
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i < to && !isDigit(text.charAt(i));
  }

  private static boolean startsNumber(String text, int i, int to, boolean signed) {
    char c = text.charAt(i);
    if (isDigit(c)) {
      return true;
    }
    return signed && c == '-' && i + 1 < to && isDigit(text.charAt(i + 1));
  }

  private static int numberEnd(String text, int s, int to, boolean signed) {
    int i = s + 1;
    while (i < to) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && text.charAt(j) == ' ') {
        j++;
      }
      if (j > i && j < to && startsNumber(text, j, to, signed)) {
        i = j;
        continue;
      }
      if (signed && j == i && i + 1 < to && isDigit(text.charAt(i + 1))
          && (c == '.' && isDigit(text.charAt(i - 1)) || c == '-')) {
        i += 2;
        continue;
      }
      break;
    }
    if (signed) {
      if (text.startsWith("万元", i)) {
        return i + 2;
      }
      if (text.startsWith("元", i)) {
        return i + 1;
      }
    }
    return i;
  }

  private static boolean endsWithUnit(String text, int s, int e) {
    return e > s && text.charAt(e - 1) == '元';
  }

  private static void add(List<Run> out, String text, int s, int e, boolean number) {
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > s) {
      out.add(new Run(number, s, e, text.substring(s, e)));
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
