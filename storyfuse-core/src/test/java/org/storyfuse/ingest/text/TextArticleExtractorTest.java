package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateTextParser;

/** Fixtures written for these tests: made-up outlets and events, with real-world page furniture. */
class TextArticleExtractorTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC);
  final TextArticleExtractor extractor = new TextArticleExtractor(new DateTextParser(CLOCK));

  static final String HARBOUR_LEDGER =
      """
      Home | News | Port Kestrel

      Ferry fares rise for the third time this year
      By Mara Okonkwo | Harbour Ledger
      Posted: March 3, 2021 at 9:15 am
      Updated: March 4, 2021 at 1:02 pm
      4 min read

      Share
      14 Shares
      Tweet

      PORT KESTREL (Harbour Wire) — The port authority on Wednesday approved an
      8% rise in ferry fares from April, the third increase this year, citing
      fuel costs and the dredging of the northern channel.

      Commuter groups said the rise would hit island workers hardest. "We are
      paying more for a slower crossing," said Lena Haas, who chairs the
      Islanders' Association.

      Read more: Dredging plan for the northern channel approved

      The authority's chairman, Idris Mbeki, said fares would be reviewed again
      in September if fuel prices fall.

      What the rise means

      • A single crossing will cost 4.30 crowns.
      • Monthly passes rise to 96 crowns.

      The new fares take effect on April 1, 2021, the authority said.

      (Harbour Wire)

      Related Articles
      Port strike ends after two weeks
      New terminal opens on the east quay
      Ferry operator reports record losses
      """;

  @Nested
  class OneOutletsFurniture {

    Extraction e = extractor.extract(HARBOUR_LEDGER);

    @Test
    void headerGivesTitleBylineAndPublishedDate() {
      assertThat(e.title()).isEqualTo("Ferry fares rise for the third time this year");
      assertThat(e.byline()).isEqualTo("Mara Okonkwo");
      assertThat(e.published().date()).isEqualTo(LocalDate.of(2021, 3, 3));
      assertThat(e.published().inferred()).isFalse();
      assertThat(e.published().instant()).as("no zone stated").isNull();
      assertThat(e.published().evidence()).startsWith("Posted:");
    }

    @Test
    void hardWrappedLinesAreJoinedAndTheDatelineGoes() {
      assertThat(e.paragraphs().get(0))
          .isEqualTo(
              "The port authority on Wednesday approved an 8% rise in ferry fares from April, the"
                  + " third increase this year, citing fuel costs and the dredging of the northern"
                  + " channel.");
      assertThat(e.paragraphs().get(1)).startsWith("Commuter groups said").endsWith("Islanders' Association.");
    }

    @Test
    void interleavedLinkLineGoesButTheBodyAfterItStays() {
      assertThat(String.join("\n", e.paragraphs()))
          .doesNotContain("Read more")
          .doesNotContain("Dredging plan for the northern channel approved")
          .contains("reviewed again in September");
    }

    @Test
    void subheadAndBulletsStayBulletGlyphsGo() {
      assertThat(e.paragraphs())
          .contains("What the rise means", "A single crossing will cost 4.30 crowns.",
              "Monthly passes rise to 96 crowns.");
    }

    @Test
    void furnitureCreditsAndTrailingLinksGo() {
      String body = String.join("\n", e.paragraphs());
      assertThat(body).doesNotContain("Share").doesNotContain("Tweet").doesNotContain("min read")
          .doesNotContain("Home |").doesNotContain("Harbour Wire").doesNotContain("Related")
          .doesNotContain("Port strike ends");
      assertThat(e.paragraphs().get(e.paragraphs().size() - 1))
          .isEqualTo("The new fares take effect on April 1, 2021, the authority said.");
    }

    @Test
    void crlfGivesTheSameResult() {
      assertThat(extractor.extract(HARBOUR_LEDGER.replace("\n", "\r\n"))).isEqualTo(e);
      assertThat(extractor.extract(HARBOUR_LEDGER.replace("\n", "\r"))).isEqualTo(e);
    }
  }

  @Nested
  class PublicationDate {

    @Test
    void publishedBeatsAPlaceHeaderDateAndAnUpdate() {
      String text =
          """
          Windmill parts stranded at Saltmarsh docks...

          Saltmarsh, Friday 21 May 2021

          Windmill parts stranded at Saltmarsh docks

          Business Desk

          Updated: 20 May 2021 Published: 18 May 2021

          Blades for the offshore farm have waited at the docks for three weeks because no barge is free.

          The operator expects the first turbines to turn in August, a month late.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.published().date()).isEqualTo(LocalDate.of(2021, 5, 18));
      assertThat(e.title()).isEqualTo("Windmill parts stranded at Saltmarsh docks");
      assertThat(e.paragraphs()).hasSize(2);
      assertThat(String.join(" ", e.paragraphs())).doesNotContain("Desk").doesNotContain("Saltmarsh,");
    }

    @Test
    void placeHeaderDateServesWhenNothingBetterIsStated() {
      String text =
          """
          Saltmarsh, Friday 21 May 2021

          Windmill parts stranded at Saltmarsh docks

          Blades for the offshore farm have waited at the docks for three weeks because no barge is free.
          """;
      assertThat(extractor.extract(text).published().date()).isEqualTo(LocalDate.of(2021, 5, 21));
    }

    @Test
    void updatedServesWhenNoPublishedDateOrTopDateIsStated() {
      String text =
          """
          Windmill parts stranded at Saltmarsh docks

          Blades for the offshore farm have waited at the docks for three weeks because no barge is free.

          Last updated: 2021-05-20T08:30:00+01:00
          """;
      var published = extractor.extract(text).published();
      assertThat(published.date()).isEqualTo(LocalDate.of(2021, 5, 20));
      assertThat(published.instant()).isEqualTo(OffsetDateTime.parse("2021-05-20T08:30+01:00"));
    }

    @Test
    void loneTopDateWithTimeAndZoneGivesTheInstant() {
      String text =
          """
          May 18, 2021 07:45 GMT
          Saltmarsh turbine blades stuck at docks

          Blades for the offshore farm have waited at the docks for three weeks because no barge is free.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.published().instant()).isEqualTo(OffsetDateTime.parse("2021-05-18T07:45Z"));
      assertThat(e.title()).isEqualTo("Saltmarsh turbine blades stuck at docks");
    }

    @Test
    void datesInSentencesAreEventsNotThePublicationDate() {
      String text =
          """
          Windmill parts stranded at Saltmarsh docks

          The blades arrived on 2 May 2021 and were due to leave on 5 May 2021, the operator said.

          May 19, 2021
          """;
      var published = extractor.extract(text).published();
      assertThat(published.date()).isEqualTo(LocalDate.of(2021, 5, 19));
      assertThat(published.inferred()).isFalse();
    }

    @Test
    void inferredFromTheLatestDateMentionedIncludingCaptions() {
      String text =
          """
          Blades stuck at Saltmarsh docks

          Turbine blades wait at the docks in Saltmarsh, May 17, 2021. (Coastal Wire photo)

          The blades arrived on 2 May 2021, the operator said. No barge has been free since.

          A spokesman said the 1998 contract did not foresee the delay.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.published().date()).isEqualTo(LocalDate.of(2021, 5, 17));
      assertThat(e.published().inferred()).isTrue();
      assertThat(e.published().evidence()).contains("May 17, 2021");
      assertThat(e.paragraphs()).as("the caption is dropped").hasSize(2);
      assertThat(e.paragraphs().get(0)).startsWith("The blades arrived");
    }

    @Test
    void futureAndAncientDatesAreNotPublicationDates() {
      String text =
          """
          Dock expansion planned

          Published: 1 January 1985

          The port will open a new quay on 12 June 2030, the authority said on Tuesday.
          """;
      assertThat(extractor.extract(text).published()).isNull();
    }

    @Test
    void noDateAtAll() {
      String text =
          """
          Lighthouse keeper retires after forty years

          Amos Reyes climbed the 212 steps of the Cape Dorran light for the last time on Sunday.

          "I will miss the quiet," he said.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.published()).isNull();
      assertThat(e.title()).isEqualTo("Lighthouse keeper retires after forty years");
      assertThat(e.paragraphs()).hasSize(2);
    }

    @Test
    void linksAfterTheCutOffDoNotLendTheirDates() {
      String text =
          """
          Blades stuck at Saltmarsh docks

          The blades arrived on 2 May 2021, the operator said. No barge has been free since.

          Next Story

          Harbour festival returns on May 30, 2021
          """;
      assertThat(extractor.extract(text).published().date()).isEqualTo(LocalDate.of(2021, 5, 2));
    }
  }

  @Nested
  class Body {

    @Test
    void onlyBoilerplateGivesNoParagraphs() {
      String text = "Share\n\n0\n\nTotal\n\nGo to Top\n\nAdvertisement\n\nPrevious Article\n";
      Extraction e = extractor.extract(text);
      assertThat(e.paragraphs()).isEmpty();
      assertThat(e.title()).isNull();
    }

    @Test
    void emptyAndBlankInput() {
      assertThat(extractor.extract("").paragraphs()).isEmpty();
      assertThat(extractor.extract(" \n\r\n\t ").paragraphs()).isEmpty();
      assertThat(extractor.extract(null).paragraphs()).isEmpty();
    }

    @Test
    void trailingAlsoReadWithOnlyLinksAfterItEndsTheBody() {
      String text =
          """
          Cape Dorran light to be automated

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.

          ALSO READ: Harbour festival returns

          Island ferry timetable changes in June

          Fishing quota talks stall again
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.paragraphs()).containsExactly(
          "The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.");
    }

    @Test
    void cutOffBeforeTheBodyDropsOnlyTheNavigation() {
      String text =
          """
          Previous Article
          Harbour festival returns

          Cape Dorran light to be automated

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Cape Dorran light to be automated");
      assertThat(e.paragraphs()).hasSize(1);
    }

    @Test
    void linkListWithoutMarkerAtTheEndGoes() {
      String text =
          """
          Cape Dorran light to be automated

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.

          Harbour festival returns
          Island ferry timetable changes in June
          Fishing quota talks stall again
          """;
      assertThat(extractor.extract(text).paragraphs()).hasSize(1);
    }

    @Test
    void interiorLinkListGoesSingleSubheadStays() {
      String text =
          """
          Cape Dorran light to be automated

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.

          Harbour festival returns

          Island ferry timetable changes in June

          Fishing quota talks stall again

          The last keeper, Amos Reyes, will stay on as a guide for visitors to the tower.

          A long tradition

          Keepers have lived on the cape since 1871, when the first tower was lit.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.",
          "The last keeper, Amos Reyes, will stay on as a guide for visitors to the tower.",
          "A long tradition",
          "Keepers have lived on the cape since 1871, when the first tower was lit.");
    }

    @Test
    void standfirstRepeatedVerbatimAppearsOnce() {
      String standfirst =
          "The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.";
      String text =
          "Cape Dorran light to be automated\n\n" + standfirst + "\n\n"
              + "CAPE DORRAN — " + standfirst + "\n\n"
              + "The last keeper, Amos Reyes, will stay on as a guide for visitors to the tower.\n";
      Extraction e = extractor.extract(text);
      assertThat(e.paragraphs()).containsExactly(
          standfirst, "The last keeper, Amos Reyes, will stay on as a guide for visitors to the tower.");
    }

    @Test
    void teaserCutWithEllipsisAndTagGoesWhenTheBodyCarriesIt() {
      String text =
          """
          Cape Dorran light to be automated

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers….reports Coastal Wire

          The last keeper, Amos Reyes, will stay on as a guide for visitors.

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers. The decision follows a review of all twelve manned lights on the coast.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.paragraphs()).hasSize(2);
      assertThat(e.paragraphs().get(0)).startsWith("The last keeper");
    }

    @Test
    void truncatedTitleThenFullTitle() {
      String text =
          """
          Coastguard to automate Cape Dorran light after...

          Coastguard to automate Cape Dorran light after 150 years

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.
          """;
      assertThat(extractor.extract(text).title())
          .isEqualTo("Coastguard to automate Cape Dorran light after 150 years");
    }

    @Test
    void onlyATruncatedTitleIsUsedWithoutItsEllipsis() {
      String text =
          """
          Coastguard to automate Cape Dorran light after...

          The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.
          """;
      assertThat(extractor.extract(text).title()).isEqualTo("Coastguard to automate Cape Dorran light after");
    }

    @Test
    void noTitleWhenTheTextStartsWithTheBody() {
      String text =
          "The coastguard will automate the Cape Dorran light next year, ending 150 years of keepers.\n";
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isNull();
      assertThat(e.paragraphs()).hasSize(1);
    }

    @Test
    void datelinesOfSeveralStylesAreStripped() {
      String text =
          """
          Storm closes Port Kestrel

          PORT KESTREL, Nordland (Coastal Wire) - The storm closed the port for a second day on Tuesday.

          NEW DELHI: A separate storm warning was issued for the eastern coast on Tuesday evening.

          Saltmarsh, May 18 (CW) – Ferries to the islands were cancelled for the rest of the week.

          MOSCOW, Jan. 13 (Coastal Wire) — Shipping insurers raised premiums for the northern route.

          NATO and the coastguard said they would coordinate rescue teams during the storm.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "The storm closed the port for a second day on Tuesday.",
          "A separate storm warning was issued for the eastern coast on Tuesday evening.",
          "Ferries to the islands were cancelled for the rest of the week.",
          "Shipping insurers raised premiums for the northern route.",
          "NATO and the coastguard said they would coordinate rescue teams during the storm.");
    }

    @Test
    void unwrappedDumpWithOneParagraphPerLine() {
      String text =
          "Storm closes Port Kestrel for a second day\n"
              + "The storm closed the port for a second day on Tuesday, stranding three ferries and"
              + " more than 400 passengers at the terminal, the port authority said.\n"
              + "Forecasters expect the wind to ease on Thursday, when the first crossings could"
              + " resume if the channel has been checked for debris by divers.\n";
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Storm closes Port Kestrel for a second day");
      assertThat(e.paragraphs()).hasSize(2);
    }

    @Test
    void shortParagraphsOnSeparateLinesAreNotGluedTogether() {
      String text =
          """
          Storm closes Port Kestrel

          The storm closed the port for a second day on Tuesday.
          Three ferries and 400 passengers were stranded at the terminal overnight.
          Forecasters expect the wind to ease on Thursday.
          """;
      assertThat(extractor.extract(text).paragraphs()).hasSize(3);
    }

    @Test
    void hyphenatedLineBreakJoinsTheWord() {
      String text =
          """
          Storm closes Port Kestrel

          The storm closed the port for a second day, and the inter-
          national terminal was evacuated by the coastguard on Tuesday.
          """;
      assertThat(extractor.extract(text).paragraphs())
          .containsExactly(
              "The storm closed the port for a second day, and the inter-national terminal was"
                  + " evacuated by the coastguard on Tuesday.");
    }

    @Test
    void wrappedLinesThatLookLikeABylineAListItemOrADateGoOnWithTheirSentence() {
      String text =
          """
          Harbour pilots end their strike

          KESTREL BAY (Coast Journal) -- Harbour pilots in Kestrel Bay
          -- who guide every large ship in and out of the port -- went
          back to work on Thursday after a three-day strike, the port
          authority said.

          Talks on pensions will go on, and the next meeting is set for
          Tuesday, March 7.

          Searches of the harbour's records had found nothing unusual
          by Tuesday evening.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Harbour pilots in Kestrel Bay -- who guide every large ship in and out of the port -- went"
              + " back to work on Thursday after a three-day strike, the port authority said.",
          "Talks on pensions will go on, and the next meeting is set for Tuesday, March 7.",
          "Searches of the harbour's records had found nothing unusual by Tuesday evening.");
    }

    @Test
    void germanFrenchAndSpanishBylinesAreNotReadIntoTheTitle() {
      for (String by : new String[] {"Von Katrin Vogelsang", "Par Hélène Marchetti", "Por Lucía Etxeberria"}) {
        Extraction e = extractor.extract("Sturm legt den Hafen lahm\n" + by + "\n\n"
            + "Der Sturm hat den Hafen am Dienstag den zweiten Tag in Folge geschlossen, teilte die"
            + " Hafenbehörde mit.\n");
        assertThat(e.title()).isEqualTo("Sturm legt den Hafen lahm");
        assertThat(e.byline()).isEqualTo(by.substring(4));
      }
      // a capital must follow, as after "By": "Von der Leyen" is no byline
      assertThat(BylineFinder.name("Von der Leyen sagte am Montag")).isEmpty();
    }

    @Test
    void anArchiveExportsLabelledFieldsGiveTitleBylineAndDate() {
      String text =
          """
                                       Valley Courier

                                  April 22, 2021 Thursday

          Late frost wipes out half of Brenmoor's apple blossom

          BYLINE: Tomas Reyes-Holt

          SECTION: NEWS; Pg. 4

          LENGTH: 212 words


          Growers in the Brenmoor valley lost about half of this year's apple
          blossom to two nights of hard frost last week, the regional farmers'
          union said on Thursday.

          Temperatures fell to minus six degrees Celsius on the night of April
          15, well below the minus two that open blossom can survive.


          LOAD-DATE: April 23, 2021

          LANGUAGE: ENGLISH

          Copyright 2021 Valley Courier
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Late frost wipes out half of Brenmoor's apple blossom");
      assertThat(e.byline()).isEqualTo("Tomas Reyes-Holt");
      // the day it ran, not the day the archive loaded it
      assertThat(e.published().date()).isEqualTo(LocalDate.of(2021, 4, 22));
      assertThat(e.paragraphs()).hasSize(2);

      Extraction slugged = extractor.extract(
          """
          SLUG: MUSEUM-THEFT
          HEADLINE: Two gold masks stolen from Arvale museum in night raid
          Author: Ines Dorvald
          DATE: 2021-05-19

             Thieves broke into the Arvale Museum of Antiquities overnight and
          took two gold funeral masks from a glass case on the first floor,
          police said on Wednesday.
          """);
      assertThat(slugged.title()).isEqualTo("Two gold masks stolen from Arvale museum in night raid");
      assertThat(slugged.byline()).isEqualTo("Ines Dorvald");
      assertThat(slugged.published().date()).isEqualTo(LocalDate.of(2021, 5, 19));
    }

    @Test
    void anInlineBoxOfLinksGoesAndTheArticleGoesOnAfterIt() {
      String text =
          """
          Insurer Nordlys says hackers stole data of 400,000 customers

          Nordlys Insurance said on Thursday that hackers had stolen the names, addresses and policy details of about 400,000 customers.

          The company said the attackers got into its systems through a supplier's account in late March and copied files for weeks.

          More on this
          Ferry fares to rise in spring
          Fares on the river ferry will go up by forty cents from April, the operator said.
          Allotment waiting list passes two hundred

          Login details for the supplier's account had been offered for sale on a criminal forum in February, a security researcher said.

          "We are deeply sorry," chief executive Sanna Berg said, adding that every affected customer would be contacted.

          Most popular
          Council approves new budget for harbour works
          Storm warning issued for the weekend
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Nordlys Insurance said on Thursday that hackers had stolen the names, addresses and policy details of"
              + " about 400,000 customers.",
          "The company said the attackers got into its systems through a supplier's account in late March and"
              + " copied files for weeks.",
          "Login details for the supplier's account had been offered for sale on a criminal forum in February, a"
              + " security researcher said.",
          "\"We are deeply sorry,\" chief executive Sanna Berg said, adding that every affected customer would be"
              + " contacted.");
    }

    @Test
    void aPagesListsAndItsOwnProseAfterTheArticleStayOut() {
      String text =
          """
          Late frost wipes out half of Brenmoor's apple blossom

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of hard frost last week.

          Temperatures fell to minus six degrees Celsius on the night of April 15, well below what open blossom can survive.

          Most read
          Council approves new budget for harbour works
          Storm warning issued for the weekend
          Local team wins regional cup final
          New library opens in the old town hall
          Rail line to close for summer repairs
          Schools report record exam results
          Customer service

          Our customer service team is here to help with your subscription, your delivery and your account.

          If your newspaper has not arrived by 7 a.m., please tell us before 10 a.m. and we will deliver another copy.
          """;
      assertThat(extractor.extract(text).paragraphs()).hasSize(2);
    }

    @Test
    void aPageDumpsHeadlineIsFoundBelowItsMenusAndAboveItsShareBar() {
      String text =
          """
          Valley Courier
          Local News Business Sport
          Subscribe to our newsletter

          Late frost wipes out half of Brenmoor's apple blossom
          Tomas Reyes-Holt April 22, 2021 32 comments
          Listen to this article 5 min
          Share on Facebook Share on X

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of hard frost last week.
          """;
      assertThat(extractor.extract(text).title()).isEqualTo("Late frost wipes out half of Brenmoor's apple blossom");

      // a longer standfirst that is no prose only by its colon is not the headline
      String withStandfirst =
          """
          Ferry fares rise again

          The port authority approved another rise on Wednesday, the third this year, and named its reasons:

          Fuel costs and the dredging of the northern channel were the main ones, the authority's chairman said on Wednesday.
          """;
      assertThat(extractor.extract(withStandfirst).title()).isEqualTo("Ferry fares rise again");
    }

    @Test
    void aTeaserInThePagesHeaderDoesNotMakeItsMenuEndTheStory() {
      String text =
          """
          Listen to our latest episode:
          Episode 9: Why I am not planting a garden this year. Here is why.

          The Prairie Ledger
          Latest Posts
          Grow Your Own Food
          Cook From Scratch

          Organic pest control spray for the garden

          Aphids, beetles and caterpillars can ruin a vegetable patch in a week, and most of the sprays sold to stop them kill the bees and ladybirds that a garden needs as well.

          This spray uses garlic, a little dish soap and water. Mix them in a jar, let the mixture stand overnight, then strain it into a spray bottle and use it in the evening, when the bees have gone home.

          Test it on a few leaves first, and wait a day before spraying the whole plant. Some plants, squash and young lettuce among them, scorch in the sun after a spray, so it is best kept for an overcast day.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.paragraphs()).hasSize(3).first().asString().startsWith("Aphids, beetles");
      assertThat(e.title()).isEqualTo("Organic pest control spray for the garden");

      // two menus with cut-offs between the teaser and the story: the first stretch with the prose
      String twoMenus = text.replace("Latest Posts\n", "Recommended\nInsurance\nMortgages\n\nLatest Posts\n");
      assertThat(extractor.extract(twoMenus).paragraphs()).isEqualTo(e.paragraphs());
    }

    @Test
    void aBareLinkMarkerTakesTheHeadlinesOnTheLinesUnderIt() {
      String text =
          """
          Late frost wipes out half of Brenmoor's apple blossom

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.

          Read also
          Council approves new budget for harbour works
          Storm warning issued for the weekend

          What the frost means

          Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.",
          "What the frost means",
          "Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.");
    }

    @Test
    void aPageDumpsWriterIsTheNameBesideTheDateAndAFiltersHeadingIsNoByline() {
      String text =
          """
          Browse
          By Region
          By Category

          How machine learning personalises shopping

          Pavlina Petkova
          April 10, 2021

          Shoppers expect personal experiences at every step, and many brands struggle to meet them, a survey found.
          """;
      assertThat(extractor.extract(text).byline()).isEqualTo("Pavlina Petkova");
      assertThat(BylineFinder.name("By Region")).isEmpty();
      assertThat(BylineFinder.name("By Reuters")).contains("Reuters");
      assertThat(BylineFinder.name("By Anna de Souza")).contains("Anna de Souza");
      // the particles are the HTML extractor's too (text.lexicon.NameParticles): "ibn" and "el" as well
      String labelled =
          """
          Ferry fares to rise on the river from April
          By
          Omar el Sayed
          April 10, 2021

          Fares on the river ferry will go up by forty cents from April, the operator said, the first rise in six years.
          """;
      assertThat(extractor.extract(labelled).byline()).isEqualTo("Omar el Sayed");
    }

    @Test
    void aPitchInTheMenusDoesNotStartTheBodyAboveTheArticlesHead() {
      String text =
          """
          Solutions
          For Growers
          Harvest Planning
          Plan every harvest with live weather data, so your crews are in the right field at the right time.
          Irrigation Tools
          Pricing

          Late frost wipes out half of Brenmoor's apple blossom

          Mara Lindqvist
          April 17, 2029

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the regional farmers' union said on Tuesday.

          Temperatures fell to minus six degrees Celsius on the night of April 15, and the trees that had flowered early in a warm March were hit hardest, the weather service said.

          The union asked the regional government for emergency aid and said the apple harvest would be the smallest since the frost of 1991, when growers lost two thirds of the crop.

          Pear and cherry trees, which flower later, were mostly spared, and the union expects a normal crop of both.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Late frost wipes out half of Brenmoor's apple blossom");
      assertThat(e.byline()).isEqualTo("Mara Lindqvist");
      assertThat(e.paragraphs()).hasSize(4).first().asString().startsWith("Growers in the Brenmoor valley");

      // the same page without the head's date and writer: nothing tells the headline from the menu's
      // lines, and the body keeps its first start
      String noHead = text.replace("Mara Lindqvist\nApril 17, 2029\n", "");
      assertThat(extractor.extract(noHead).paragraphs()).first().asString().startsWith("Plan every harvest");
    }

    @Test
    void recommendedLinksBetweenTwoParagraphsAreNoEndOfTheStory() {
      String text =
          """
          Ferry fares to rise

          Fares on the river ferry will go up by forty cents from April, the operator said on Monday, the first rise in six years.

          Recommended: Best river walks around the harbour
          Recommended: Where to eat near the ferry landing
          Don't Miss: The harbour's history in ten pictures

          The company blamed the cost of fuel and of the new landing stage on the east bank, which opened last summer.

          Season tickets for commuters will not change until the autumn, the operator said.

          Recommended for you

          Harbour dredging plan approved
          Port strike ends after three days
          """;
      java.util.List<String> body = extractor.extract(text).paragraphs();
      assertThat(body).first().asString().startsWith("Fares on the river ferry");
      assertThat(body).last().asString().startsWith("Season tickets for commuters");
      assertThat(String.join("\n", body)).doesNotContain("Recommended", "Don't Miss", "dredging");
    }

    @Test
    void commentsOnTheSameTopicAreNoBoxInsideTheStory() {
      // a link box inside an article is followed by more of the article, on its topic; the readers'
      // comments are on its topic too, but their heading says the article is over
      String text =
          """
          Ferry fares to rise

          Fares on the river ferry will go up by forty cents from April, the operator said on Monday, the first rise in six years.

          The company blamed the cost of fuel and of the new ferry landing stage on the east bank, which opened last summer.

          3 Comments on “Ferry fares to rise”

          The ferry fares were already too high for commuters, and now the operator wants forty cents more from April.

          I take the ferry every day and the fares rise while the landing stage on the east bank is still half built.

          Forty cents is nothing next to the cost of the bridge tolls, and the ferry is faster in the morning.
          """;
      java.util.List<String> body = extractor.extract(text).paragraphs();
      assertThat(body).hasSize(2).last().asString().startsWith("The company blamed");
    }

    @Test
    void menusWhosePitchesAddUpDoNotKeepTheStoryBelowATrendingList() {
      // a product site's menus: a pitch a line among many links, more than fifty words of pitches in
      // all, then "Trending resources" (a cut-off) and the article; a story of that length above the
      // cut-off would be kept (the prose is the greater part of it), menus are not
      StringBuilder menus = new StringBuilder();
      String[] pitches = {
          "Plan every harvest with live weather data, so your crews are in the right field at the right time.",
          "See how growers like you cut their water bills with soil sensors in every field.",
          "Book a demo with our team and get a season of forecasts for free.",
          "Track every crate from the orchard to the shop with one scan."};
      for (String pitch : pitches) {
        menus.append("Solutions\nFor Growers\nHarvest Planning\nIrrigation Tools\nPricing Plans\nCustomer Stories\n"
            + "Partner Program\nOur Company\nOpen Careers\nContact Us\nLog in\nBook a Demo\nHelp Center\n")
            .append(pitch).append('\n');
      }
      String story = """

          Trending resources

          Late frost wipes out half of Brenmoor's apple blossom

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the regional farmers' union said on Tuesday.

          Temperatures fell to minus six degrees Celsius on the night of April 15, and the trees that had flowered early in a warm March were hit hardest, the weather service said.

          The union asked the regional government for emergency aid and said the apple harvest would be the smallest since the frost of 1991, when growers lost two thirds of the crop.

          Pear and cherry trees, which flower later, were mostly spared, and the union expects a normal crop of both.

          Some growers had lit fires and run wind machines through both nights, which saved the blossom on the higher slopes, the union said, but most farms in the valley floor have no such equipment.

          The regional government said it would decide on the aid next week, once its inspectors had visited the worst-hit farms and counted the trees that had lost all their flowers.

          Cider makers, who buy most of the valley's apples, said they would import fruit from the south to keep their presses running through the autumn.

          The last frost of this kind in April struck the valley in 1991, and growers then waited two years for the aid the government promised them.
          """;
      Extraction e = extractor.extract(menus + story);
      assertThat(e.paragraphs()).hasSize(8).first().asString().startsWith("Growers in the Brenmoor valley");
      // a short story of the same words above the cut-off stays the body: its prose is most of its words
      String shortStory = String.join("\n\n", pitches) + story;
      assertThat(extractor.extract(shortStory).paragraphs()).first().asString().startsWith("Plan every harvest");
    }

    @Test
    void aLineOverAWritersBioAndADateIsNoHeadline() {
      String text =
          """
          Late frost wipes out half of Brenmoor's apple blossom

          By Mara Lindqvist

          Mara Lindqvist has covered farming in the Brenmoor valley for twelve years.
          Learn about our editorial process
          Updated April 17, 2029

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the regional farmers' union said on Tuesday.

          Temperatures fell to minus six degrees Celsius on the night of April 15, and the trees that had flowered early in a warm March were hit hardest, the weather service said.

          The union asked the regional government for emergency aid and said the apple harvest would be the smallest since the frost of 1991, when growers lost two thirds of the crop.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Late frost wipes out half of Brenmoor's apple blossom");
      assertThat(e.byline()).isEqualTo("Mara Lindqvist");
    }

    @Test
    void theHeaderLineWithTheArticlesDateUnderItIsTheHeadline() {
      String text =
          """
          Farming news from the Brenmoor valley and the coast
          Orchards
          Livestock
          Markets
          Weather
          Events

          Late frost hits Brenmoor orchards

          April 17, 2029

          Listen to this article

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the regional farmers' union said on Tuesday.
          """;
      assertThat(extractor.extract(text).title()).isEqualTo("Late frost hits Brenmoor orchards");
    }

    @Test
    void aBylinesLabelAloneOnItsLineTakesTheNameUnderIt() {
      String text =
          """
          Late frost hits Brenmoor orchards

          Written by
          Mara Lindqvist

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.
          """;
      assertThat(extractor.extract(text).byline()).isEqualTo("Mara Lindqvist");
      // a comment's control under a "Posted by" is no writer's name
      String reply = text.replace("Written by\nMara Lindqvist", "Posted by\nReply to Mara Lindqvist");
      assertThat(extractor.extract(reply).byline()).isNull();
    }

    @Test
    void otherStoriesTeasersAfterTheArticleGoButItsSubheadingsStay() {
      String text =
          """
          Late frost wipes out half of Brenmoor's apple blossom

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the farmers' union said.

          What the frost means for growers

          The union said growers in the Brenmoor valley would lose about half of their apple harvest to the frost.

          Ferry fares to rise in spring

          Fares on the river ferry will go up by forty cents from April, the operator said, blaming fuel costs.

          Quarry road reopens after culvert repairs

          The old quarry road opened again on Monday after six weeks of work on the culvert that collapsed in January.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost, the farmers' union said.",
          "What the frost means for growers",
          "The union said growers in the Brenmoor valley would lose about half of their apple harvest to the frost.");

      // one such pair alone may be the article's own last section: it stays
      String one = text.substring(0, text.indexOf("Quarry road reopens"));
      assertThat(extractor.extract(one).paragraphs()).hasSize(5).last().asString().startsWith("Fares on the river");
    }

    @Test
    void aBoxMarkedForScreenReadersToSkipGoesWhole() {
      String text =
          """
          Late frost hits Brenmoor orchards

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.

          Skip SocialSite post, 1

          Allow content from SocialSite? This article includes content provided by SocialSite.

          Frost on the blossom again this morning. Worst I have seen in thirty years.

          End of SocialSite post, 1

          Skip past newsletter sign-up

          Get our morning briefing in your inbox every weekday, with the stories that matter most.

          End of newsletter sign-up

          Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.

          Skip to content
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.",
          "Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.");
    }

    @Test
    void theCommentsUnderTheArticleEndItButACountBesideTheBylineDoesNot() {
      String text =
          """
          Late frost hits Brenmoor orchards

          By Mara Lindqvist
          12 comments

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.

          Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.

          2 thoughts on "Late frost hits Brenmoor orchards"

          Hal Brandt
          3 hours ago

          I have lived by that valley for forty years and I have never seen a frost this late in the spring.
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.",
          "Temperatures fell to minus six degrees Celsius on the night of April 15, the weather service said.");
      for (String heading : java.util.List.of("Comments (2)", "Join the conversation", "Leave a Reply")) {
        assertThat(extractor.extract(text.replace("2 thoughts on \"Late frost hits Brenmoor orchards\"", heading))
            .paragraphs()).as(heading).hasSize(2);
      }
    }

    @Test
    void aSignUpBoxGoesWithItsPitchAndPromptButANewslettersStoryStays() {
      String text =
          """
          Late frost hits Brenmoor orchards

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.

          Get our morning briefing in your inbox every weekday.
          Enter your email address
          Sign up

          The union said many growers had already cancelled their orders for a harvest crew, and the newsletter it sends to members would list the farms that still need help.

          Subscribe
          """;
      assertThat(extractor.extract(text).paragraphs()).containsExactly(
          "Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.",
          "The union said many growers had already cancelled their orders for a harvest crew, and the newsletter it sends to members would list the farms that still need help.");
    }

    @Test
    void aHeadlineMayAskAQuestionInsideButAStandfirstIsNoHeadline() {
      String text =
          """
          Orchards and Vineyards Weekly

          Frost again? What Brenmoor's growers can still do

          Growers lost half the blossom. Here is what the union advises.

          Growers in the Brenmoor valley lost about half of this year's apple blossom to two nights of frost.
          """;
      assertThat(extractor.extract(text).title()).isEqualTo("Frost again? What Brenmoor's growers can still do");
    }

    @Test
    void aConsentBannerInAnyLanguageGoesWithItsButtonsButAStoryAboutCookiesStays() {
      String text =
          """
          Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad.

          Aceptar
          Rechazar

          Regulator fines five retailers over misleading cookie banners

          3 de agosto de 2026

          The national data protection regulator fined five online retailers on Tuesday over cookie banners that made refusing harder than accepting.

          The regulator said the banners made the button to accept all cookies large and bright, while the option to refuse was hidden.
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Regulator fines five retailers over misleading cookie banners");
      assertThat(e.paragraphs()).hasSize(2).first().asString().startsWith("The national data protection regulator");
    }

    @Test
    void whitespaceIsNormalised() {
      String text =
          "Storm\u00a0closes Port\tKestrel\n\n"
              + "\u00a0 The storm\u00a0 closed the port\u200b for a second  day on Tuesday, the authority said.  \n";
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Storm closes Port Kestrel");
      assertThat(e.paragraphs())
          .containsExactly("The storm closed the port for a second day on Tuesday, the authority said.");
    }

    @Test
    void nonEnglishTextPassesThrough() {
      String text =
          """
          Sturm legt den Hafen von Kestrel lahm

          Der Sturm hat den Hafen am Dienstag den zweiten Tag in Folge geschlossen, teilte die Hafenbehörde mit.

          „Wir rechnen mit einer Öffnung am Donnerstag“, sagte ein Sprecher.

          港口管理局表示，由于风暴，渡轮将停运至星期四，约四百名乘客滞留在码头。
          """;
      Extraction e = extractor.extract(text);
      assertThat(e.title()).isEqualTo("Sturm legt den Hafen von Kestrel lahm");
      assertThat(e.paragraphs()).containsExactly(
          "Der Sturm hat den Hafen am Dienstag den zweiten Tag in Folge geschlossen, teilte die Hafenbehörde mit.",
          "„Wir rechnen mit einer Öffnung am Donnerstag“, sagte ein Sprecher.",
          "港口管理局表示，由于风暴，渡轮将停运至星期四，约四百名乘客滞留在码头。");
    }

    @Test
    void bodyQuotesEndingInClosingMarksAreProse() {
      String text =
          """
          Keeper's last night

          "I will miss the quiet of the long winter nights," he said.

          'It was a good life.'
          """;
      assertThat(extractor.extract(text).paragraphs()).hasSize(2);
    }
  }
}
