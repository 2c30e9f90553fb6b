package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The char stream {@link OgiLexer} reads: the normalised text, indexed in UTF-16 chars (the indexes
 * of {@link String#charAt}, which the rest of parser-core uses), with the lexer's alphabet reduced.
 *
 * <p>Why: ANTLR's lexer caches its DFA edges only for symbols 0–127; every other char (all of
 * Chinese text) is matched by simulating the ATN again, allocating a config set per char. That made
 * lexing run at 10 MB/s and allocate 300 times the input. But each lexer mode names only a few chars:
 * the mode at the start of a line names {@code # * space}, the numerals 一…十, 、 ， and the separators;
 * the mode of the rest of the line names only {@code \n \t |}. Every char a mode does not name takes
 * exactly the same path through every rule of that mode (the catch-all {@code ~[\n\t|]}). So
 * {@link #LA} hands the lexer every char its current mode does not name as one ASCII char that the
 * whole grammar never names ({@link #OTHER}): the lexer makes the same decisions, now from its DFA
 * cache. Token texts and indexes come from the real text.
 *
 * <p>The chars each mode names are read from the lexer's ATN when the class loads (every atom,
 * range and set on a transition reachable from the mode's start state), so a grammar change cannot
 * make the reduction wrong, only less effective. The lexer's mode is fixed while it matches one token
 * (mode commands run when the token is emitted), so reading it in {@link #LA} is exact.
 *
 * <p>Unlike {@code CharStreams.fromString}, which indexes code points, indexes here are chars: a
 * supplementary character (an emoji, a rare CJK Extension B character in an agency's name) counts
 * two, as it does in the {@code String} whose offsets the parse tree's tokens are read against.
 */
public final class LexerInput implements CharStream {

  /** Per lexer mode, the chars some transition of that mode names; bit c set for char c. */
  private static final long[][] NAMED;

  /** The char every unnamed char is read as: the first ASCII char no transition of any mode names. */
  static final int OTHER;

  static {
    ATN atn = OgiLexer._ATN;
    NAMED = new long[atn.modeToStartState.size()][];
    IntervalSet all = new IntervalSet();
    for (int mode = 0; mode < NAMED.length; mode++) {
      IntervalSet named = namedChars(atn, atn.modeToStartState.get(mode));
      NAMED[mode] = bits(named);
      all.addAll(named);
    }
    int other = -1;
    for (int c = 1; c < 128; c++) {
      if (!all.contains(c)) {
        other = c;
        break;
      }
    }
    if (other < 0) {
      throw new IllegalStateException("the lexer names every ASCII char: no char left to stand for the others");
    }
    OTHER = other;
  }

  private final String text;
  private final int size;
  private int index;
  private Lexer lexer;

  /**
   * A stream over {@code text} at index 0; {@link #attach} it to the lexer that reads it before the
   * first token.
   */
  public LexerInput(String text) {
    this.text = text;
    this.size = text.length();
  }

  /** Tells the stream which lexer reads it (its current mode decides which chars are named). */
  public void attach(Lexer lexer) {
    this.lexer = lexer;
  }

  /** Every char a transition reachable from {@code start} matches or excludes by name (wildcards name none). */
  static IntervalSet namedChars(ATN atn, ATNState start) {
    IntervalSet out = new IntervalSet();
    boolean[] seen = new boolean[atn.states.size()];
    Deque<ATNState> work = new ArrayDeque<>();
    work.push(start);
    seen[start.stateNumber] = true;
    while (!work.isEmpty()) {
      ATNState s = work.pop();
      for (int i = 0; i < s.getNumberOfTransitions(); i++) {
        Transition t = s.transition(i);
        IntervalSet label = t.label();
        if (label != null) {
          out.addAll(label);
        }
        visit(t.target, seen, work);
        if (t instanceof RuleTransition) {
          visit(((RuleTransition) t).followState, seen, work);
        }
      }
    }
    return out;
  }

  private static void visit(ATNState s, boolean[] seen, Deque<ATNState> work) {
    if (s != null && !seen[s.stateNumber]) {
      seen[s.stateNumber] = true;
      work.push(s);
    }
  }

  private static long[] bits(IntervalSet set) {
    long[] out = new long[(Character.MAX_VALUE + 1) / 64];
    for (Interval iv : set.getIntervals()) {
      for (int c = Math.max(0, iv.a); c <= Math.min(Character.MAX_VALUE, iv.b); c++) {
        out[c >>> 6] |= 1L << c;
      }
    }
    return out;
  }

  /** True if lexer mode {@code mode} names char {@code c}. */
  static boolean named(int mode, int c) {
    return c >= 0 && c <= Character.MAX_VALUE && (NAMED[mode][c >>> 6] & (1L << c)) != 0;
  }

  @Override
  public int LA(int i) {
    int at;
    if (i > 0) {
      at = index + i - 1;
    } else if (i < 0) {
      at = index + i;
    } else {
      return 0; // undefined
    }
    if (at < 0 || at >= size) {
      return IntStream.EOF;
    }
    char c = text.charAt(at);
    if (c < 128) {
      return c;
    }
    long[] named = NAMED[lexer == null ? 0 : lexer._mode];
    return (named[c >>> 6] & (1L << c)) != 0 ? c : OTHER;
  }

  @Override
  public void consume() {
    if (index >= size) {
      throw new IllegalStateException("cannot consume EOF");
    }
    index++;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {
    // the whole text is held: nothing to release
  }

  @Override
  public int index() {
    return index;
  }

  @Override
  public void seek(int index) {
    this.index = Math.max(0, Math.min(index, size));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(0, interval.a);
    int stop = Math.min(interval.b, size - 1);
    return start > stop ? "" : text.substring(start, stop + 1);
  }

  @Override
  public String toString() {
    return text;
  }
}
