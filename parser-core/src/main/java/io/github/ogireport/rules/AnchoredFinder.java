package io.github.ogireport.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern that cannot match the empty string and whose matches start
 * with one of a few known chars: the pattern is tried, anchored, only where such a char stands, not
 * at every offset of the text. The matches are those of {@code find()}, in the same order (a
 * look-behind at the start of the pattern still sees the text before the match: the bounds are
 * transparent). For a long prose, where {@code find()} runs the pattern's look-behind and alternation
 * at every char, this is many times faster.
 */
final class AnchoredFinder {

  private final Matcher matcher;
  private final String firstChars;
  private final String text;
  /** For each of {@link #firstChars}: where it next stands at or after {@link #from}; −1 when nowhere. */
  private final int[] next;
  private int from;
  private final int end;

  /**
   * A finder of {@code pattern} in {@code [start, end)} of {@code text}, as {@code find()} on a matcher
   * whose region that is, with transparent bounds; every match must start with one of {@code firstChars}.
   */
  AnchoredFinder(Pattern pattern, String firstChars, String text, int start, int end) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.firstChars = firstChars;
    this.text = text;
    this.end = end;
    this.from = start;
    this.next = new int[firstChars.length()];
    for (int k = 0; k < next.length; k++) {
      next[k] = text.indexOf(firstChars.charAt(k), start);
    }
  }

  /** Finds the next match after the previous one, as {@link Matcher#find()} would; false when none is left. */
  boolean find() {
    int n = end;
    int i;
    while ((i = candidate()) >= 0) {
      if (matcher.region(i, n).lookingAt()) {
        // a match is never empty (the patterns require chars), so the next search starts at its end
        from = Math.max(matcher.end(), i + 1);
        return true;
      }
      from = i + 1;
    }
    from = n;
    return false;
  }

  /** The first offset at or after {@link #from} holding one of the first chars; −1 when none. */
  private int candidate() {
    int min = -1;
    for (int k = 0; k < next.length; k++) {
      int at = next[k];
      if (at >= 0 && at < from) {
        at = text.indexOf(firstChars.charAt(k), from); // String.indexOf scans fast (an intrinsic)
        next[k] = at;
      }
      if (at >= end) {
        at = -1; // past the stretch: none left of this char
        next[k] = at;
      }
      if (at >= 0 && (min < 0 || at < min)) {
        min = at;
      }
    }
    return min;
  }

  /** The matcher, holding the last match found (its groups, start and end). */
  Matcher matcher() {
    return matcher;
  }
}
