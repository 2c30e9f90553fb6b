package io.github.ogireport.internal.translate;

import io.github.ogireport.internal.layout.RawLine;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.Severity;
import io.github.ogireport.model.SourceSpan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title block: the title line (sometimes split, agency on its own line), the agency, the
 * year reported on, and the publication date line such as {@code (2022 年 1 月 26 日)}.
 */
final class TitleBlockTranslator {

  private static final Pattern NOT_AGENCY = Pattern.compile(".*([0-9，。：:；;,.()（）《》“”]|报告|根据|条例).*");
  private static final Pattern BOOK_MARKS = Pattern.compile("[《》]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HEADING_MARK = Pattern.compile("^#+\\s*");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*度?");
  private static final Pattern DATE = Pattern.compile(
      "^[(（\\[]?\\s*((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[)）\\]]?$");
  private static final Pattern REPORT_WORDS = Pattern.compile(
      "(关于)?\\s*(政\\s*府\\s*)?信\\s*息\\s*公\\s*开\\s*(工\\s*作\\s*)?(年\\s*度\\s*)?报\\s*告");

  private final TranslationContext ctx;

  TitleBlockTranslator(TranslationContext ctx) {
    this.ctx = ctx;
  }

  /** Sets title, agency, year, publication date and preface on {@code b}. */
  void read(List<RawLine> lines, AnnualReport.Builder b) {
    java.util.Set<RawLine> used = new java.util.HashSet<>();
    readTitle(lines, b, used);
    StringBuilder preface = new StringBuilder();
    for (RawLine line : lines) {
      if (!line.isBlank() && !used.contains(line)) {
        if (preface.length() > 0) {
          preface.append('\n');
        }
        preface.append(clean(ctx.source.text().substring(line.start(), line.end())));
      }
    }
    b.preface(preface.toString());
  }

  private void readTitle(List<RawLine> lines, AnnualReport.Builder b, java.util.Set<RawLine> used) {
    int titleIndex = -1;
    for (int i = 0; i < lines.size(); i++) {
      String f = Labels.fold(lines.get(i).joinedText());
      if (!lines.get(i).isBlank() && f.contains("信息公开") && f.contains("报告") && f.length() <= 80) {
        titleIndex = i;
        break;
      }
    }
    if (titleIndex < 0) {
      ctx.report(Severity.WARNING, "title-missing", null, "title", List.of(), "title-missing");
    } else {
      RawLine titleLine = lines.get(titleIndex);
      used.add(titleLine);
      String title = clean(titleLine.joinedText());
      SourceSpan titleSpan = ctx.span(titleLine);
      String agency = agencyOf(title);
      SourceSpan agencySpan = titleSpan;
      if (agency.isEmpty()) {
        RawLine other = agencyLine(lines, titleIndex);
        if (other != null) {
          used.add(other);
          agency = clean(other.joinedText());
          agencySpan = ctx.span(other);
          title = other.start() < titleLine.start() ? agency + " " + title : title + " " + agency;
        }
      }
      b.title(Located.of(title, titleSpan));
      if (!agency.isEmpty()) {
        b.agency(Located.of(agency, agencySpan));
      }
      Matcher y = YEAR.matcher(titleLine.joinedText());
      if (y.find()) {
        int start = titleLine.cells().isEmpty() ? titleLine.start() : firstCellStart(titleLine);
        b.year(Located.of(Integer.parseInt(y.group(1)), ctx.source.span(start + y.start(1), start + y.end(1))));
      }
    }
    for (RawLine line : lines) {
      if (line.isBlank() || line.cells().size() != 1) {
        continue;
      }
      String t = line.cells().get(0).text().replace('（', '(').replace('）', ')');
      Matcher d = DATE.matcher(t);
      if (d.matches()) {
        try {
          LocalDate date = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
              Integer.parseInt(d.group(3)));
          b.publishedOn(Located.of(date, ctx.span(line.cells().get(0))));
          used.add(line);
        } catch (DateTimeException e) {
          ctx.report(Severity.WARNING, "date-invalid", ctx.span(line), "publishedOn", List.of(),
              "date-invalid", t);
        }
        break;
      }
    }
  }

  private static int firstCellStart(RawLine line) {
    // joinedText() starts at the first non-empty cell
    for (var c : line.cells()) {
      if (!c.isEmpty()) {
        return c.start();
      }
    }
    return line.start();
  }

  /** A short line near the title that names only an agency (no digits, no sentence). */
  private static RawLine agencyLine(List<RawLine> lines, int titleIndex) {
    for (int d : new int[] {-1, -2, 1, 2}) {
      int i = titleIndex + d;
      if (i < 0 || i >= lines.size()) {
        continue;
      }
      RawLine l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      String t = clean(l.joinedText());
      if (t.length() >= 2 && t.length() <= 40 && !NOT_AGENCY.matcher(t).matches()) {
        return l;
      }
      if (d == -1 || d == 1) {
        continue; // the nearest line may be blank-free noise; look one further
      }
    }
    return null;
  }

  static String agencyOf(String title) {
    String t = YEAR.matcher(title).replaceAll(" ");
    t = REPORT_WORDS.matcher(t).replaceAll(" ");
    t = SPACES.matcher(BOOK_MARKS.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
    if (t.endsWith("的") || t.endsWith("关于")) {
      t = t.substring(0, t.length() - (t.endsWith("的") ? 1 : 2)).strip();
    }
    return t.replace(" ", "");
  }

  /** Drops Markdown decoration and collapses spaces. */
  static String clean(String s) {
    String t = HEADING_MARK.matcher(s).replaceAll("").replace("**", "");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }
}
