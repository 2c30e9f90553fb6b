package io.github.ogireport.internal.antlr;

import io.github.ogireport.grammar.OgiLexer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's lexer simulator with a DFA cache that covers Chinese text.
 *
 * <p>ANTLR caches a lexer DFA edge only for chars 0–127. Every other char (all of Chinese text) is
 * matched by simulating the ATN again, which allocates a set of configurations per char: lexing ran
 * at 10 MB/s and allocated 300 times the input. But each lexer mode names only a few chars: the
 * start of a line names {@code # * space}, the numerals 一…十, 、 and ， and the separators; the rest of
 * the line names only {@code \n \t |}. Every char a mode does not name takes exactly the same path
 * through every rule of that mode (the catch-all {@code ~[\n\t|]}), so in that mode's DFA they can
 * share one edge. Edges here are indexed by slot: ASCII chars by themselves, the non-ASCII chars the
 * grammar names by one slot each, every other char of the mode by one shared slot. The ATN is still
 * simulated on the real char; only the cache of its result is shared.
 *
 * <p>The chars each mode names are read from the lexer's ATN when the class loads (every atom, range
 * and set on a transition reachable from the mode's start state), so a grammar change cannot make
 * the cache wrong, only less effective. The DFA is this class's own (bounded by the grammar, as
 * ANTLR's is), not the generated lexer's, whose edge arrays have no room for the extra slots.
 */
final class CachingLexerSimulator extends LexerATNSimulator {

  private static final ATN ATN_ = OgiLexer._ATN;
  private static final DFA[] DECISION_TO_DFA = new DFA[ATN_.getNumberOfDecisions()];
  private static final PredictionContextCache CONTEXTS = new PredictionContextCache();

  /** Slot of every non-ASCII char no mode names. */
  private static final int OTHER = MAX_DFA_EDGE + 1;
  /**
   * Per mode, the slot of each non-ASCII char {@code c}: {@code SLOTS[mode][c >>> 8][c & 0xFF]}, a
   * block being null where the mode names no char of it (all {@link #OTHER}).
   */
  private static final char[][][] SLOTS;
  /** Length of an edge array: ASCII, {@link #OTHER}, one slot per named non-ASCII char. */
  private static final int EDGES;

  static {
    for (int i = 0; i < DECISION_TO_DFA.length; i++) {
      DECISION_TO_DFA[i] = new DFA(ATN_.getDecisionState(i), i);
    }
    int modes = ATN_.modeToStartState.size();
    IntervalSet[] named = new IntervalSet[modes];
    IntervalSet all = new IntervalSet();
    for (int m = 0; m < modes; m++) {
      named[m] = namedChars(ATN_, ATN_.modeToStartState.get(m));
      all.addAll(named[m]);
    }
    SLOTS = new char[modes][256][];
    int next = OTHER + 1;
    for (Interval iv : all.getIntervals()) {
      for (int c = Math.max(MAX_DFA_EDGE + 1, iv.a); c <= Math.min(Character.MAX_VALUE, iv.b); c++) {
        int slot = next++;
        for (int m = 0; m < modes; m++) {
          if (named[m].contains(c)) {
            char[] block = SLOTS[m][c >>> 8];
            if (block == null) {
              block = new char[256];
              Arrays.fill(block, (char) OTHER);
              SLOTS[m][c >>> 8] = block;
            }
            block[c & 0xFF] = (char) slot;
          }
        }
      }
    }
    EDGES = next;
  }

  CachingLexerSimulator(Lexer lexer) {
    super(lexer, ATN_, DECISION_TO_DFA, CONTEXTS);
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

  /** The edge slot of char {@code t} in lexer mode {@code mode}, or -1 if it is not cached (EOF). */
  static int slot(int mode, int t) {
    if (t < 0 || t > Character.MAX_VALUE) {
      return -1;
    }
    if (t <= MAX_DFA_EDGE) {
      return t;
    }
    char[] block = SLOTS[mode][t >>> 8];
    return block == null ? OTHER : block[t & 0xFF];
  }

  @Override
  protected DFAState getExistingTargetState(DFAState s, int t) {
    DFAState[] edges = s.edges;
    int slot = slot(mode, t);
    return edges == null || slot < 0 || slot >= edges.length ? null : edges[slot];
  }

  @Override
  protected void addDFAEdge(DFAState p, int t, DFAState q) {
    int slot = slot(mode, t);
    if (slot < 0) {
      return;
    }
    synchronized (p) {
      if (p.edges == null) {
        p.edges = new DFAState[EDGES];
      }
      p.edges[slot] = q;
    }
  }
}
