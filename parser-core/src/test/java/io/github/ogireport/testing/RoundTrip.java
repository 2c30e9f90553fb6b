package io.github.ogireport.testing;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What survives writing a report and reading it back. {@code ReportWriter} lays a report out afresh,
 * so what the model holds only as printed text does not come back as it was: a section's
 * {@link Section#text()} (the parser keeps the tables as printed in it). Spans are auxiliary and take
 * no part in equality anyway.
 */
public final class RoundTrip {

  private RoundTrip() {}

  /** {@code report} with every section's text emptied: compare these after a round trip. */
  public static AnnualReport comparable(AnnualReport report) {
    List<Section> sections = new ArrayList<>();
    for (Section s : report.sections()) {
      sections.add(Section.builder().from(s).text("").build());
    }
    return AnnualReport.builder().from(report).sections(sections).build();
  }
}
