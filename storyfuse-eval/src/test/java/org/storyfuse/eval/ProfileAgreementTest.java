package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.analyze.Profile;
import org.storyfuse.analyze.Quote;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.eval.AgreementReport.Difference;
import org.storyfuse.eval.AgreementReport.MeasureResult;
import org.storyfuse.eval.ProfileAgreement.Measure;
import org.storyfuse.ingest.dates.DateTextParser;
import org.storyfuse.model.Article;

/** The key comparison and its arithmetic on hand-made readings; no models are loaded. */
class ProfileAgreementTest {

  private static final Article ARTICLE = new Article("a1", "test#a1", null, null, null, null, null, "en",
      List.of("Made-up text; the readings below are made up too."));

  private static final TimeMention MONDAY = new TimeMention("Monday", "DATE", "2022-01-10", "2022-01-10", "day", 0, 10, 16);
  private static final TimeMention MONTH = new TimeMention("last month", "DATE", "2021-12", "2021-12", "month", 1, 0, 10);
  private static final TimeMention HOURS = new TimeMention("seven hours", "DURATION", "PT7H", null, null, 2, 4, 15);
  private static final EntityMention KARVEL = person("Ona Karvel", 0, 0);
  private static final EntityMention VALMORA = new EntityMention("Valmora", EntityKind.LOCATION, "LOCATION", 0, 20, 27,
      "Valmora", "valmora", null, null);

  private static EntityMention person(String text, int sentence, int begin) {
    return new EntityMention(text, EntityKind.PERSON, "PERSON", sentence, begin, begin + text.length(), text,
        text.toLowerCase(), null, null);
  }

  private static Quote quote(String text, String speaker) {
    return new Quote(Quote.Kind.DIRECT, text, speaker, null, null, null, null, "said", 3, 3, 1);
  }

  private static AnalyzedArticle reading(Profile p, List<TimeMention> times, List<EntityMention> mentions,
      List<Quote> quotes) {
    return new AnalyzedArticle(ARTICLE, p, "en", true, List.of(), List.of(), 100, mentions, List.of(), quotes,
        times, List.of(), List.of());
  }

  @Test
  void keysNameWhatEachMeasureCompares() {
    AnalyzedArticle a = reading(Profile.FAST, List.of(MONDAY, HOURS), List.of(KARVEL), List.of(quote("We reopen.", null)));
    assertThat(Measure.TIMES.keys(a)).containsExactly("0:Monday|DATE|2022-01-10", "2:seven hours|DURATION|PT7H");
    assertThat(Measure.DATED_TIMES.keys(a)).containsExactly("0:Monday|2022-01-10");
    assertThat(Measure.DATED_SENTENCES.keys(a)).containsExactly("0:2022-01-10");
    assertThat(Measure.ENTITIES.keys(a)).containsExactly("0:0:Ona Karvel|PERSON");
    assertThat(Measure.QUOTES.keys(a)).containsExactly("We reopen.|null");
  }

  @Test
  void countsBothSidesAndListsTheDifferences() {
    AgreementTally tally = new AgreementTally();
    // the candidate misses "last month", types Valmora the same but places Karvel elsewhere,
    // and gives the quote a speaker the reference did not find
    assertThat(tally.add(
        reading(Profile.FAST, List.of(MONDAY, MONTH, HOURS), List.of(KARVEL, VALMORA), List.of(quote("We reopen.", null))),
        reading(Profile.RAPID, List.of(MONDAY, HOURS), List.of(person("Ona Karvel", 0, 4), VALMORA),
            List.of(quote("We reopen.", "Ona Karvel"))))).isTrue();
    List<MeasureResult> r = tally.results();

    MeasureResult times = r.get(Measure.TIMES.ordinal());
    assertThat(List.of(times.reference(), times.candidate(), times.both())).containsExactly(3, 2, 2);
    assertThat(times.recall()).isEqualTo(2 / 3.0);
    assertThat(times.precision()).isEqualTo(1.0);
    assertThat(times.referenceOnly()).containsExactly(new Difference("a1", "1:last month|DATE|2021-12"));
    assertThat(times.candidateOnly()).isEmpty();

    MeasureResult dated = r.get(Measure.DATED_TIMES.ordinal());
    assertThat(List.of(dated.reference(), dated.candidate(), dated.both())).containsExactly(2, 1, 1);
    MeasureResult sentences = r.get(Measure.DATED_SENTENCES.ordinal());
    assertThat(sentences.referenceOnly()).extracting(Difference::key).containsExactly("1:2021-12");

    MeasureResult entities = r.get(Measure.ENTITIES.ordinal());
    assertThat(List.of(entities.reference(), entities.candidate(), entities.both())).containsExactly(2, 2, 1);
    assertThat(entities.referenceOnly()).extracting(Difference::key).containsExactly("0:0:Ona Karvel|PERSON");
    assertThat(entities.candidateOnly()).extracting(Difference::key).containsExactly("0:4:Ona Karvel|PERSON");

    MeasureResult quotes = r.get(Measure.QUOTES.ordinal());
    assertThat(quotes.both()).isZero();
    assertThat(quotes.recall()).isZero();
    assertThat(quotes.candidateOnly()).extracting(Difference::toString).containsExactly("a1 We reopen.|Ona Karvel");
  }

  @Test
  void unanalysedArticlesAreSkippedNotCountedAsDisagreement() {
    AgreementTally tally = new AgreementTally();
    AnalyzedArticle unread = new AnalyzedArticle(ARTICLE, Profile.RAPID, "de", false, List.of("language 'de'"),
        List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(tally.add(reading(Profile.FAST, List.of(MONDAY), List.of(KARVEL), List.of()), unread)).isFalse();
    assertThat(tally.skipped()).isEqualTo(1);
    assertThat(tally.compared()).isZero();
    assertThat(tally.results()).allSatisfy(m -> {
      assertThat(m.reference()).isZero();
      assertThat(m.recall()).isNaN();
      assertThat(m.precision()).isNaN();
    });
  }

  @Test
  void aDatelineParagraphDatesAnUndatedArticle() {
    DateTextParser dates = new DateTextParser();
    Article wiki = new Article("m1", "m#1", null, null, "Port closes", null, null, "en",
        List.of("Saturday, January 8, 2005", "The port closed on Monday, January 3, 2005 after floods."));
    assertThat(LabelledArticles.datedByDateline(wiki, dates).published().date()).isEqualTo(LocalDate.of(2005, 1, 8));
    // a date inside a sentence is an event, not a dateline
    Article noDateline = new Article("m2", "m#2", null, null, "Port closes", null, null, "en",
        List.of("The port closed on Monday, January 3, 2005 after floods."));
    assertThat(LabelledArticles.datedByDateline(noDateline, dates).published()).isNull();
  }

  @Test
  void wcxbPagesNeedADateAndEnoughWords(@TempDir Path dir) throws Exception {
    Path truth = Files.createDirectories(dir.resolve("ground-truth"));
    String longBody = "Harbour pilots guided the ferry in. ".repeat(40);
    Files.writeString(truth.resolve("0001.json"), page("2021-03-04T10:00:00Z", longBody));
    Files.writeString(truth.resolve("0002.json"), page("", longBody));
    Files.writeString(truth.resolve("0003.json"), page("2021-03-05", "Too short to be an article."));
    Files.writeString(truth.resolve("0004.json"), page("2021-03-06", longBody));

    List<Article> all = AgreementCorpus.wcxb(truth, 10);
    assertThat(all).extracting(Article::id).containsExactly("wcxb-0001", "wcxb-0004");
    assertThat(all.get(0).published().date()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(AgreementCorpus.wcxb(truth, 1)).hasSize(1);
  }

  private static String page(String date, String body) {
    return "{\"url\":\"https://example.org/x\",\"ground_truth\":{\"title\":\"Ferry\",\"publish_date\":\""
        + date + "\",\"main_content\":\"" + body + "\"}}";
  }
}
