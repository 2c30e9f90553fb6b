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
  private int from;

  /** A finder of {@code pattern} in {@code text}; every match must start with one of {@code firstChars}. */
  AnchoredFinder(Pattern pattern, String firstChars, String text) {
    this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.firstChars = firstChars;
    this.text = text;
  }

  /** Finds the next match after the previous one, as {@link Matcher#find()} would; false when none is left. */
  boolean find() {
    int n = text.length();
    for (int i = from; i < n; i++) {
      if (firstChars.indexOf(text.charAt(i)) >= 0 && matcher.region(i, n).lookingAt()) {
        // a match is never empty (the patterns require chars), so the next search starts at its end
        from = Math.max(matcher.end(), i + 1);
        return true;
      }
    }
    from = n;
    return false;
  }

  /** The matcher, holding the last match found (its groups, start and end). */
  Matcher matcher() {
    return matcher;
  }
}
