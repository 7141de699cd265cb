package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

  @Test
  void calendarWordsUnitsAndDateLikeNumbersAreTimeWords() {
    for (String w : List.of("Monday", "Sept", "yesterday", "ago", "hours", "weekend", "mid-January", "two-day",
        "1997", "2022", "1990s", "’16", "8:50", "08:32:22", "2022-01-13", "1/13/2022", "13th", "a.m.", "UTC")) {
      assertThat(TimeWords.isTimeWord(w)).as(w).isTrue();
    }
  }

  @Test
  void namesPlainNumbersAndCommonWordsAreNot() {
    for (String w : List.of("Tarsk", "Ruiz", "said", "the", "7", "1,200", "500", "40", "troops", "", "-", "3000")) {
      assertThat(TimeWords.isTimeWord(w)).as(w).isFalse();
    }
  }

  @Test
  void windowsSurroundTimeWordsAndMergeWhenTheyOverlap() {
    List<CoreLabel> tokens = tokens("a b c d e f g h Monday i j k l m n o p q r s t u v w x y z 1997 end");
    // Monday at 8 → [2, 15); 1997 at 27 → [21, 29) (clipped at the sentence end)
    assertThat(TimeTagger.windows(tokens)).containsExactly(new int[] {2, 15}, new int[] {21, 29});
    List<CoreLabel> close = tokens("on Monday and Tuesday");
    assertThat(TimeTagger.windows(close)).containsExactly(new int[] {0, 4});
    assertThat(TimeTagger.windows(tokens("no time here at all"))).isEmpty();
  }

  private static List<CoreLabel> tokens(String text) {
    return Arrays.stream(text.split(" ")).map(w -> {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      return t;
    }).toList();
  }
}
