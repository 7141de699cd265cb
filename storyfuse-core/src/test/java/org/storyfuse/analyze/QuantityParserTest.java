package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

  private final QuantityParser parser = new QuantityParser();

  private Quantity only(String sentence) {
    List<Quantity> qs = parser.parse(sentence, 0);
    assertThat(qs).as(sentence).hasSize(1);
    return qs.get(0);
  }

  @Test
  void countWithDigitsAndAdjective() {
    Quantity q = only("Officials say 100,000 Kestrel troops massed at the border.");
    assertThat(q.value()).isEqualTo(100_000);
    assertThat(q.counted()).isEqualTo("troops");
    assertThat(q.low()).isEqualTo(100_000);
    assertThat(q.high()).isEqualTo(100_000);
  }

  @Test
  void vagueAmountIsARange() {
    Quantity q = only("A buildup of tens of thousands of troops near the river.");
    assertThat(q.value()).isNull();
    assertThat(q.low()).isEqualTo(20_000);
    assertThat(q.high()).isEqualTo(99_999);
    assertThat(q.counted()).isEqualTo("troops");
    assertThat(q.approximate()).isTrue();
  }

  @Test
  void vagueAndExactReportsDisagree() {
    Quantity vague = only("tens of thousands of troops were seen");
    Quantity exact = only("the 100,000 troops moved closer");
    assertThat(vague.comparableWith(exact)).isTrue();
    assertThat(vague.overlaps(exact)).isFalse();
  }

  @Test
  void moneyWithScale() {
    Quantity q = only("The senators proposed $500 million in fresh aid.");
    assertThat(q.value()).isEqualTo(5.0e8);
    assertThat(q.unit()).isEqualTo("USD");
    assertThat(only("Nigeria approved $200 mn for clinics.").value()).isEqualTo(2.0e8);
  }

  @Test
  void hedgedDurationWithNumberWord() {
    Quantity q = only("They held more than seven hours of negotiations.");
    assertThat(q.text()).isEqualTo("more than seven hours of negotiations");
    assertThat(q.value()).isEqualTo(7);
    assertThat(q.low()).isEqualTo(7);
    assertThat(q.high()).isNull();
    assertThat(q.unit()).isEqualTo("hour");
  }

  @Test
  void hedgesShapeTheRange() {
    Quantity about = only("about 2,000 people fled");
    assertThat(about.approximate()).isTrue();
    assertThat(about.low()).isLessThan(2000);
    assertThat(about.high()).isGreaterThan(2000);
    Quantity upTo = only("up to 40 percent of the harvest");
    assertThat(upTo.unit()).isEqualTo("percent");
    assertThat(upTo.low()).isEqualTo(0);
    assertThat(upTo.high()).isEqualTo(40);
  }

  @Test
  void yearsDatesAndClockTimesAreNotQuantities() {
    assertThat(parser.parse("It began in 2014 and ended on January 10, 2022 at 16:12 UTC.", 0)).isEmpty();
    assertThat(parser.parse("The 1962 Cuban Missile Crisis was mentioned.", 0)).isEmpty();
  }

  @Test
  void sentenceIndexAndOffsetAreKept() {
    List<Quantity> qs = parser.parse("Two rounds of talks, then 12 ships left.", 7);
    assertThat(qs).extracting(Quantity::counted).containsExactly("rounds", "ships");
    assertThat(qs.get(1).sentence()).isEqualTo(7);
    assertThat(qs.get(1).begin()).isEqualTo("Two rounds of talks, then ".length());
  }

  @Test
  void digitsOfOtherScriptsAreNumbersAndNeverFailTheParse() {
    // a fuzzing finding: "٣" (Arabic-Indic three) passed Character.isDigit but not Double.parseDouble
    assertThat(new QuantityParser().parse("٣ ships were stranded.", 0)).extracting(Quantity::value).containsExactly(3.0);
    assertThat(new QuantityParser().parse("߈ 1.2.3 boats", 0)).isNotNull();
  }
}
