package io.github.ogireport.rules;

import static io.github.ogireport.rules.Reports.at;
import static io.github.ogireport.rules.Reports.counts;
import static io.github.ogireport.rules.Reports.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ogireport.model.ActiveDisclosure;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicationRow;
import io.github.ogireport.model.Applications;
import io.github.ogireport.model.DisclosureItem;
import io.github.ogireport.model.DisclosureRow;
import io.github.ogireport.model.Located;
import io.github.ogireport.model.ReviewsAndLawsuits;
import io.github.ogireport.model.TemplateVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A5: negative counts and amounts are errors at their cell; 本年增/减 may be negative. */
class ValuesInDomainTest {

  @Test
  void negativeCountsAnywhere() {
    AnnualReport r = AnnualReport.builder()
        .applications(Applications.builder()
            .putRows(ApplicationRow.GRANTED, counts(40, -2L, 2L, 0L, 0L, 0L, 0L, 0L)).build())
        .reviewsAndLawsuits(ReviewsAndLawsuits.builder()
            .lawsuitAfterReview(outcome(95, 0L, 0L, 0L, -1L, -1L)).build())
        .activeDisclosure(ActiveDisclosure.builder()
            .putItems(DisclosureItem.REGULATIONS, DisclosureRow.builder()
                .issued(Located.of(-3L, at(20, 2))).repealed(Located.of(0L, at(20, 3))).build())
            .build())
        .build();

    List<Finding> f = RecordingContext.run(new ValuesInDomain(), r);

    assertThat(f).extracting(x -> x.path().orElseThrow()).containsExactly(
        "activeDisclosure.regulations.issued",
        "applications.granted.naturalPerson",
        "reviewsAndLawsuits.lawsuitAfterReview.pending",
        "reviewsAndLawsuits.lawsuitAfterReview.total");
    assertThat(f).extracting(x -> x.span().orElseThrow())
        .containsExactly(at(20, 2), at(40, 2), at(95, 4), at(95, 5));
    assertThat(f.get(0).message()).isEqualTo("规章 · 本年制发件数 is -3: a count cannot be negative");
    assertThat(f.get(2).message()).isEqualTo("行政诉讼·复议后起诉 · 尚未审结 is -1: a count cannot be negative");
  }

  @Test
  void negativeAmountsAreErrorsButChangeThisYearMayBeNegative() {
    AnnualReport r = AnnualReport.builder().template(TemplateVersion.V2019)
        .activeDisclosure(ActiveDisclosure.builder()
            .putItems(DisclosureItem.PENALTY, DisclosureRow.builder()
                .previousYearItems(Located.of(2648L, at(30, 2)))
                .changeThisYear(Located.of(-18L, at(30, 3)))
                .decisions(Located.of(538L, at(30, 4))).build())
            .putItems(DisclosureItem.CENTRALIZED_PROCUREMENT, DisclosureRow.builder()
                .projects(Located.of(3L, at(31, 2)))
                .amountYuan(Located.of(new BigDecimal("-251000.50"), at(31, 3))).build())
            .build())
        .build();

    List<Finding> f = RecordingContext.run(new ValuesInDomain(), r);

    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.path()).hasValue("activeDisclosure.centralizedProcurement.amountYuan");
      assertThat(x.message()).isEqualTo("政府集中采购 · 采购总金额 is -251000.50: an amount cannot be negative");
      assertThat(x.span()).hasValue(at(31, 3));
    });
  }

  @Test
  void zeroIsInDomain() {
    AnnualReport r = AnnualReport.builder()
        .applications(Applications.builder()
            .putRows(ApplicationRow.GRANTED, counts(40, 0L, 0L, 0L, 0L, 0L, 0L, 0L)).build())
        .build();

    assertThat(RecordingContext.run(new ValuesInDomain(), r)).isEmpty();
  }
}
