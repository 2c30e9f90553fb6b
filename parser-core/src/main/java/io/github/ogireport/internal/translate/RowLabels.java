package io.github.ogireport.internal.translate;

import io.github.ogireport.model.ApplicationRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifies the rows of the applications table by their labels, not by their position: a label is
 * cut at its enumeration marks (三、 （一） 1. 1、), each piece is folded ({@link Labels#fold}) and looked
 * up among the standard labels, the known variants of FORMAT.md, and — failing that — the closest
 * label above a similarity threshold, or the enumeration number within the current group.
 */
public final class RowLabels {

  /** Groups of rows a label can name without naming a row. */
  public enum Group { RESULTS, WITHHELD, UNABLE_TO_PROVIDE, NOT_PROCESSED, OTHER_HANDLING }

  /** What a label said. */
  public static final class Ident {
    ApplicationRow row;
    Group group;
    /** Set when the row was matched loosely: the label as printed (folded). */
    String variantText;

    /** The row the label names, or null. */
    public ApplicationRow row() {
      return row;
    }

    /** The group the label names (三、本年度办理结果, （三）不予公开 …), or null. */
    public Group group() {
      return group;
    }
  }

  /** Similarity above which a label is accepted as a variant of a standard label. */
  static final double THRESHOLD = 0.72;

  private static final Map<String, ApplicationRow> EXACT = new HashMap<>();
  private static final Map<String, ApplicationRow> VARIANTS = new HashMap<>();
  private static final Map<String, Group> GROUPS = new HashMap<>();

  static {
    for (ApplicationRow r : ApplicationRow.values()) {
      if (r != ApplicationRow.OTHER_HANDLING_SUBTOTAL) {
        EXACT.put(Labels.fold(r.label()), r);
      }
    }
    VARIANTS.put(Labels.fold("其他法律法规禁止公开"), ApplicationRow.PROHIBITED_BY_LAW);
    VARIANTS.put(Labels.fold("其他法律行政止公开"), ApplicationRow.PROHIBITED_BY_LAW);
    VARIANTS.put(Labels.fold("法律法规禁止公开"), ApplicationRow.PROHIBITED_BY_LAW);
    VARIANTS.put(Labels.fold("本年新收政府信息公开申请"), ApplicationRow.NEWLY_RECEIVED);
    VARIANTS.put(Labels.fold("上年结转政府信息公开申请"), ApplicationRow.CARRIED_OVER);
    VARIANTS.put(Labels.fold("结转下年度继续办理的"), ApplicationRow.CARRIED_FORWARD);
    VARIANTS.put(Labels.fold("合计"), ApplicationRow.TOTAL_HANDLED);
    GROUPS.put(Labels.fold("本年度办理结果"), Group.RESULTS);
    GROUPS.put(Labels.fold("不予公开"), Group.WITHHELD);
    GROUPS.put(Labels.fold("无法提供"), Group.UNABLE_TO_PROVIDE);
    GROUPS.put(Labels.fold("不予处理"), Group.NOT_PROCESSED);
    GROUPS.put(Labels.fold("其他处理"), Group.OTHER_HANDLING);
  }

  private RowLabels() {}

  /** Every row, in order (one array, not a copy per call of {@code values()}). */
  private static final ApplicationRow[] ROWS = ApplicationRow.values();
  /** {@link #groupOf} of each row, by ordinal: asked for every label segment. */
  private static final Group[] GROUP_OF = new Group[ROWS.length];
  /** Each row's standard label, folded, by ordinal. */
  private static final String[] FOLDED = new String[ROWS.length];
  /** The numbered items of each group ({@code 1.} … of （三）（四）（五）（六）), in order. */
  private static final Map<Group, List<ApplicationRow>> ITEMS = new java.util.EnumMap<>(Group.class);

  static {
    for (ApplicationRow r : ROWS) {
      GROUP_OF[r.ordinal()] = computeGroupOf(r);
      FOLDED[r.ordinal()] = Labels.fold(r.label());
    }
    for (Group g : Group.values()) {
      List<ApplicationRow> items = new ArrayList<>();
      for (ApplicationRow r : ROWS) {
        if (r != ApplicationRow.OTHER_HANDLING_SUBTOTAL && GROUP_OF[r.ordinal()] == g && r.group().isPresent()) {
          items.add(r);
        }
      }
      ITEMS.put(g, List.copyOf(items));
    }
  }

  /** The group a row belongs to, as a label group. */
  public static Group groupOf(ApplicationRow row) {
    return GROUP_OF[row.ordinal()];
  }

  private static Group computeGroupOf(ApplicationRow row) {
    if (row.group().isEmpty()) {
      return row.isResult() ? Group.RESULTS : null;
    }
    switch (row.group().get()) {
      case WITHHELD: return Group.WITHHELD;
      case UNABLE_TO_PROVIDE: return Group.UNABLE_TO_PROVIDE;
      case NOT_PROCESSED: return Group.NOT_PROCESSED;
      default: return Group.OTHER_HANDLING;
    }
  }

  /**
   * Identifies a row from the texts of its label cells, knowing the group of the rows above
   * ({@code current}, may be null).
   */
  public static Ident identify(List<String> labelTexts, Group current) {
    Ident id = new Ident();
    Group group = current;
    for (String text : labelTexts) {
      for (Segment seg : segments(text)) {
        Group g = GROUPS.get(seg.text);
        if (g != null) {
          id.group = g;
          group = g;
          continue;
        }
        ApplicationRow row = match(seg, group, id);
        if (row != null) {
          id.row = row;
          Group rg = groupOf(row);
          if (rg != null && rg != Group.RESULTS) {
            group = rg;
          }
        } else if (!seg.text.isEmpty() || seg.kind != 0) {
          Group byNumber = groupByNumber(seg);
          if (byNumber != null) {
            id.group = byNumber;
            group = byNumber;
          }
        }
      }
    }
    if (id.row == null && id.group == Group.OTHER_HANDLING) {
      id.row = ApplicationRow.OTHER_HANDLING_SUBTOTAL;
    }
    return id;
  }

  private static ApplicationRow match(Segment seg, Group group, Ident id) {
    String t = seg.text;
    if (!t.isEmpty()) {
      ApplicationRow r = EXACT.get(t);
      if (r == ApplicationRow.OTHER && group != Group.OTHER_HANDLING && seg.kind != ITEM) {
        r = null; // a lone 其他 outside （六） is the organisation column's header, not a row
      }
      if (r != null) {
        return r;
      }
      if (t.startsWith("部分公开")) {
        return ApplicationRow.PARTIALLY_GRANTED; // the parenthetical varies between reports
      }
      r = VARIANTS.get(t);
      if (r == null) {
        r = closest(t, seg.kind == ITEM ? group : null);
      }
      if (r != null) {
        id.variantText = t;
        return r;
      }
    }
    ApplicationRow byNumber = rowByNumber(seg, group);
    if (byNumber != null && !t.isEmpty()) {
      id.variantText = t;
    }
    return byNumber;
  }

  /** The closest standard label above {@link #THRESHOLD}, among the items of {@code group} if given. */
  private static ApplicationRow closest(String t, Group group) {
    ApplicationRow best = null;
    double bestScore = THRESHOLD;
    for (ApplicationRow r : ROWS) {
      if (r == ApplicationRow.OTHER_HANDLING_SUBTOTAL || r == ApplicationRow.OTHER
          || r == ApplicationRow.TOTAL_HANDLED) {
        continue;
      }
      if (group != null && group != Group.RESULTS && groupOf(r) != group) {
        continue;
      }
      String standard = FOLDED[r.ordinal()];
      if (t.length() > 3 * standard.length()) {
        continue; // the Dice coefficient is then below 0.5 < THRESHOLD: skipping keeps a 100k-char label linear
      }
      double s = Labels.similarity(t, standard);
      if (s > bestScore) {
        bestScore = s;
        best = r;
      }
    }
    return best;
  }

  private static Group groupByNumber(Segment seg) {
    if (seg.kind == PAREN) {
      switch (seg.number) {
        case 3: return Group.WITHHELD;
        case 4: return Group.UNABLE_TO_PROVIDE;
        case 5: return Group.NOT_PROCESSED;
        case 6: return Group.OTHER_HANDLING;
        default: return null;
      }
    }
    if (seg.kind == TOP && seg.number == 3) {
      return Group.RESULTS;
    }
    return null;
  }

  private static ApplicationRow rowByNumber(Segment seg, Group group) {
    int n = seg.number;
    if (seg.kind == TOP) {
      return n == 1 ? ApplicationRow.NEWLY_RECEIVED : n == 2 ? ApplicationRow.CARRIED_OVER
          : n == 4 ? ApplicationRow.CARRIED_FORWARD : null;
    }
    if (seg.kind == PAREN) {
      return n == 1 ? ApplicationRow.GRANTED : n == 2 ? ApplicationRow.PARTIALLY_GRANTED
          : n == 7 ? ApplicationRow.TOTAL_HANDLED : null;
    }
    if (seg.kind == ITEM && group != null) {
      List<ApplicationRow> items = ITEMS.get(group);
      return n >= 1 && n <= items.size() ? items.get(n - 1) : null;
    }
    return null;
  }

  static final int NONE = 0;
  static final int TOP = 1;
  static final int PAREN = 2;
  static final int ITEM = 3;

  /** A piece of a label: its enumeration mark (kind and number) and its folded text. */
  static final class Segment {
    final int kind;
    final int number;
    final String text;

    Segment(int kind, int number, String text) {
      this.kind = kind;
      this.number = number;
      this.text = text;
    }

    @Override
    public String toString() {
      return kind + ":" + number + ":" + text;
    }
  }

  /**
   * The label {@code text} cut at its enumeration marks ({@code 三、}, {@code (四)}, {@code 2.}): each
   * segment is the folded text after a mark, with the mark's kind and number.
   */
  static List<Segment> segments(String text) {
    List<Segment> out = new ArrayList<>(2);
    EnumMark m = new EnumMark(text);
    int kind = NONE;
    int number = 0;
    int from = 0;
    while (m.find(from)) {
      String before = Labels.fold(text.substring(from, m.start));
      if (!before.isEmpty() || kind != NONE) {
        out.add(new Segment(kind, number, before));
      }
      kind = m.kind;
      number = m.number;
      from = m.end;
    }
    String rest = Labels.fold(text.substring(from));
    if (!rest.isEmpty() || kind != NONE) {
      out.add(new Segment(kind, number, rest));
    }
    return out;
  }

  /**
   * Finds enumeration marks as {@link java.util.regex.Matcher#find()} would with the regex
   * {@code ([一二三四五六七八九十]{1,2})\s*、|\(\s*([一二三四五六七八九十]{1,2})\s*\)|(?<![0-9.])(\d{1,2})\s*[.、](?![0-9])}
   * (same matches, leftmost first, the same backtracking), without a regex engine: labels are read for
   * every table row, and that regex took 5 % of the time of parse + rules on the seed mix.
   * {@code RowLabelsTest} compares the two on the seeds' labels and on random labels.
   */
  private static final class EnumMark {
    private final String text;
    int start;
    int end;
    int kind;
    int number;

    EnumMark(String text) {
      this.text = text;
    }

    /** Finds the first mark at or after {@code from}; false when there is none. */
    boolean find(int from) {
      for (int i = from, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (isNumeral(c) ? topAt(i) : c == '(' ? parenAt(i) : isDigit(c) && itemAt(i)) {
          return true;
        }
      }
      return false;
    }

    /** {@code ([一…十]{1,2})\s*、} at {@code i}. */
    private boolean topAt(int i) {
      return numeralsThen(i, i, '、', TOP);
    }

    /** {@code \(\s*([一…十]{1,2})\s*\)} at {@code i}. */
    private boolean parenAt(int i) {
      return numeralsThen(i, spaces(i + 1), ')', PAREN);
    }

    /**
     * A mark starting at {@code start}: one or two numerals at {@code at} (two tried first, as the
     * regex's greedy {@code {1,2}} backtracks), spaces, then {@code close}.
     */
    private boolean numeralsThen(int start, int at, char close, int kind) {
      for (int len = numerals(at); len >= 1; len--) {
        int j = spaces(at + len);
        if (j < text.length() && text.charAt(j) == close) {
          return set(start, j + 1, kind, Labels.numeral(text, at, at + len));
        }
      }
      return false;
    }

    /** {@code (?<![0-9.])(\d{1,2})\s*[.、](?![0-9])} at {@code i}. */
    private boolean itemAt(int i) {
      if (i > 0 && (isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
        return false;
      }
      int digits = i + 1 < text.length() && isDigit(text.charAt(i + 1)) ? 2 : 1;
      for (int len = digits; len >= 1; len--) {
        int j = spaces(i + len);
        if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == '、')
            && !(j + 1 < text.length() && isDigit(text.charAt(j + 1)))) {
          int value = len == 2 ? (text.charAt(i) - '0') * 10 + text.charAt(i + 1) - '0' : text.charAt(i) - '0';
          return set(i, j + 1, ITEM, value);
        }
      }
      return false;
    }

    private boolean set(int start, int end, int kind, int number) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.number = number;
      return true;
    }

    /** How many numerals (at most 2) stand at {@code i}. */
    private int numerals(int i) {
      int len = 0;
      while (len < 2 && i + len < text.length() && isNumeral(text.charAt(i + len))) {
        len++;
      }
      return len;
    }

    /** The first offset at or after {@code i} that is not {@code \s}. */
    private int spaces(int i) {
      while (i < text.length() && isRegexSpace(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private static boolean isNumeral(char c) {
      return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /** {@code \s} of {@code java.util.regex.Pattern} without flags: ASCII whitespace. */
    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }
}
