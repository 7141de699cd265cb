package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Made-up report texts: the outlet where the text names it, and none where it does not. */
class OutletFinderTest {

  @Test
  void aCreditLineNamesTheOutletBeforeTheAgency() {
    assertThat(OutletFinder.find("Floods close the port.\n\nThe port stays shut.\n\n(Harbor Media Group/Reuters)\n"))
        .contains("Harbor Media Group");
    assertThat(OutletFinder.find("Floods close the port.\n(Reuters)")).contains("Reuters");
  }

  @Test
  void aTeaserThatEndsInReportsNamesTheOutlet() {
    assertThat(OutletFinder.find("Title\n\nThe port stayed shut on Tuesday as the river rose….reports Valley Wire\n"))
        .contains("Valley Wire");
  }

  @Test
  void aDatelineAgencyNamesTheSource() {
    assertThat(OutletFinder.find("Port shut\n\nVALMORA (AFP) — The port stayed shut on Tuesday.")).contains("AFP");
  }

  @Test
  void nothingNamedIsNothingFound() {
    assertThat(OutletFinder.find("Port shut\n\nSULAIMANI — The port stayed shut on Tuesday, officials said (in a statement)."))
        .isEmpty();
    assertThat(OutletFinder.find("The mayor said the port reports record traffic.")).isEmpty();
  }
}
