package org.storyfuse.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfuse.ingest.Extraction;
import org.storyfuse.ingest.dates.DateMention;
import org.storyfuse.ingest.dates.DateTextParser;

/** Random text built from the pieces the parsers look for must never make them throw. */
class GarbageInputTest {

  static final String[] PIECES = {
    " ", "  ", "\n", "\n\n", "\r\n", "\u00a0", ".", ",", ":", "-", "—", "/", "(", ")", "…", "...",
    "•", "*", "|", "+", "0", "1", "12", "13", "31", "60", "99", "2022", "1989", "20220113",
    "1642090320", "T", "Z", "UTC", "GMT+", "EST", "am", "p.m.", "Jan", "January", "Sept.", "May",
    "Thursday", "Thu,", "of", "at", "on", "Published:", "Updated", "Share", "Total", "By",
    "ALSO READ", "Previous Story", "Related Posts", "Photo:", "(Reuters photo)", "SULAIMANI",
    "the", "port", "said", "港口", "Öffnung", "\"", "“", "”", "'",
  };

  @Test
  void extractorAndDateParserSurviveRandomText() {
    Clock clock = Clock.fixed(Instant.parse("2022-03-01T00:00:00Z"), ZoneOffset.UTC);
    DateTextParser dates = new DateTextParser(clock);
    TextArticleExtractor extractor = new TextArticleExtractor(dates);
    Random random = new Random(20220113L);
    for (int round = 0; round < 1500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      dates.parse(input);
      for (DateMention m : dates.findAll(input)) {
        assertThat(input.substring(m.start(), m.end())).isEqualTo(m.matched());
      }
      Extraction e = extractor.extract(input);
      assertThat(e.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
    }
  }
}
