package io.github.ogireport.internal.layout;

import java.util.List;

/**
 * The grammar's view of a document: the lines of the title block, and the section candidates
 * (a heading line and its body lines), all in document order.
 */
public final class RawDocument {

  /** A section candidate: a numbered heading line without cells after it, and the lines up to the next. */
  public static final class RawSection {
    private final RawLine heading;
    private final List<RawLine> lines;

    public RawSection(RawLine heading, List<RawLine> lines) {
      this.heading = heading;
      this.lines = lines;
    }

    public RawLine heading() {
      return heading;
    }

    public List<RawLine> lines() {
      return lines;
    }
  }

  private final List<RawLine> titleBlock;
  private final List<RawSection> sections;
  private final int tokenCount;
  private final boolean truncated;

  public RawDocument(List<RawLine> titleBlock, List<RawSection> sections, int tokenCount, boolean truncated) {
    this.titleBlock = titleBlock;
    this.sections = sections;
    this.tokenCount = tokenCount;
    this.truncated = truncated;
  }

  public List<RawLine> titleBlock() {
    return titleBlock;
  }

  public List<RawSection> sections() {
    return sections;
  }

  /** Tokens the lexer produced. */
  public int tokenCount() {
    return tokenCount;
  }

  /** True if the token limit stopped the lexer before the end of the input. */
  public boolean truncated() {
    return truncated;
  }
}
