package io.github.ogireport.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.ParserOptions;
import io.github.ogireport.grammar.OgiLexer;
import io.github.ogireport.grammar.OgiParser;
import io.github.ogireport.internal.text.SourceText;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * ANTLR's prediction cache is bounded (issue 6, long-running services). The only state ANTLR keeps
 * from one parse to the next is the DFA of every parser decision and every lexer mode (static, shared
 * by all parsers) and the parser's shared prediction-context cache. A DFA state holds a fixed-size
 * edge array and a set of ATN configurations, both bounded by the grammar, and the context cache
 * holds the contexts of those configurations; so the retained heap is bounded exactly when the
 * number of DFA states and cached contexts is. This test counts them after 10,000 and after 100,000
 * distinct generated reports: they must have stopped growing. The heap itself was measured with the
 * benchmarks module's {@code PredictionCacheHeap} (see the README).
 */
class PredictionCacheTest {

  /** What ANTLR keeps between parses. */
  record Cache(long dfaStates, long contexts) {}

  @Test
  void dfaStopsGrowingAfter10kReports() {
    clearDfa();
    Cache start = cache();
    assertThat(start.dfaStates()).isZero();
    Random random = new Random(6);
    Set<Integer> distinct = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      parse(random, distinct);
    }
    Cache after10k = cache();
    for (int i = 10_000; i < 100_000; i++) {
      parse(random, distinct);
    }
    Cache after100k = cache();
    assertThat(distinct).as("distinct reports").hasSizeGreaterThan(99_000);
    assertThat(after10k.dfaStates()).as("DFA states after 10k reports").isGreaterThan(20);
    assertThat(after100k.dfaStates()).as("DFA states after 100k reports; %s after 10k", after10k)
        .isLessThanOrEqualTo(after10k.dfaStates() + after10k.dfaStates() / 10);
    // the context cache is never cleared: count what these reports added to it
    long added10k = after10k.contexts() - start.contexts();
    long added100k = after100k.contexts() - start.contexts();
    assertThat(added100k).as("cached contexts added by 100k reports; %d by 10k", added10k)
        .isLessThanOrEqualTo(added10k + added10k / 10);
  }

  private static void parse(Random random, Set<Integer> distinct) {
    String report = GeneratedReports.next(random);
    distinct.add(report.hashCode());
    GrammarFrontEnd.Result r = GrammarFrontEnd.parse(SourceText.of(report), ParserOptions.DEFAULT_MAX_TOKENS);
    assertThat(r.llFallback).isFalse();
  }

  private static OgiParser parser() {
    return new OgiParser(new CommonTokenStream(GrammarFrontEnd.lexer("")));
  }

  private static OgiLexer lexer(OgiParser parser) {
    return (OgiLexer) parser.getTokenStream().getTokenSource();
  }

  /** Empties the DFA of the parser and the lexer (shared by all instances; tests run one at a time). */
  private static void clearDfa() {
    OgiParser parser = parser();
    parser.getInterpreter().clearDFA();
    lexer(parser).getInterpreter().clearDFA();
  }

  /** DFA states of every parser decision and lexer mode, and the parser's cached prediction contexts. */
  static Cache cache() {
    OgiParser parser = parser();
    long n = 0;
    for (DFA dfa : parser.getInterpreter().decisionToDFA) {
      n += dfa.states.size();
    }
    for (DFA dfa : lexer(parser).getInterpreter().decisionToDFA) {
      n += dfa.states.size();
    }
    return new Cache(n, parser.getInterpreter().getSharedContextCache().size());
  }

  /** Random reports made of every kind of line, different each time. */
  static final class GeneratedReports {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "十", "十二"};
    private static final String[] COMMAS = {"、", "，", ".", ",", " 、"};
    private static final String[] DECORATIONS = {"", "", "", "## ", "#### ", "**", "# ** "};
    private static final String[] WORDS = {"总体情况", "行政许可", "规章", "予以公开", "一是", "（一）", "1.", "合计",
        "本年新收政府信息公开申请数量", "**加强政府信息管理。**", "万元", "𠙶", "—", "/"};
    private static final String[] SEPARATORS = {"\t", "|", " | ", "\t\t"};

    private GeneratedReports() {}

    static String next(Random r) {
      StringBuilder sb = new StringBuilder();
      int lines = 2 + r.nextInt(10);
      for (int i = 0; i < lines; i++) {
        sb.append(DECORATIONS[r.nextInt(DECORATIONS.length)]);
        switch (r.nextInt(5)) {
          case 0: // heading
            sb.append(NUMERALS[r.nextInt(NUMERALS.length)]).append(COMMAS[r.nextInt(COMMAS.length)]);
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            break;
          case 1: // numbered row
            sb.append(NUMERALS[r.nextInt(NUMERALS.length)]).append(COMMAS[r.nextInt(COMMAS.length)]);
            cells(r, sb);
            break;
          case 2: // prose
            for (int w = r.nextInt(6); w >= 0; w--) {
              sb.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(3000));
            }
            break;
          case 3: // table row, maybe starting with an empty cell
            if (r.nextBoolean()) {
              sb.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
            }
            cells(r, sb);
            break;
          default: // blank line
            break;
        }
        sb.append(r.nextInt(8) == 0 ? "\r\n" : "\n");
      }
      return sb.toString();
    }

    private static void cells(Random r, StringBuilder sb) {
      sb.append(WORDS[r.nextInt(WORDS.length)]);
      for (int c = r.nextInt(12); c >= 0; c--) {
        sb.append(SEPARATORS[r.nextInt(SEPARATORS.length)]);
        if (r.nextInt(5) > 0) {
          sb.append(r.nextInt(500));
        }
      }
    }
  }
}
