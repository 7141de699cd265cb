package org.storyfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of a sentence the recogniser reads: six words around every capital or unsure word. */
class NameWindowsTest {

  private static final String LONG = "Marta Ilves said on Tuesday that the terminals would stay shut until the quays were safe"
      + " and that repairs to the damaged cranes and the flooded warehouses could take a week or more ,"
      + " according to a statement from Valmora .";

  @Test
  void aLongSentenceIsReadAroundItsCapitalsOnly() {
    String[] words = LONG.split(" ");
    List<int[]> windows = NameWindows.of(words, null);
    assertThat(windows).hasSize(2);
    // "Marta" … "Tuesday" and six words after it
    assertThat(windows.get(0)).containsExactly(0, 4 + NameWindows.CONTEXT + 1);
    // six words before "Valmora", to the end
    int valmora = List.of(words).indexOf("Valmora");
    assertThat(windows.get(1)).containsExactly(valmora - NameWindows.CONTEXT, words.length);
  }

  @Test
  void aSentenceMostlyNearCapitalsIsReadWhole() {
    assertThat(NameWindows.of("Russia said the talks with the United States in Geneva had failed .".split(" "), null))
        .isNull();
  }

  /** Whether the recogniser reads token {@code i}: in a window, or the sentence read whole (null). */
  private static boolean reads(List<int[]> windows, int i) {
    return windows == null || windows.stream().anyMatch(w -> w[0] <= i && i < w[1]);
  }

  @Test
  void aWordTheTaggerIsUnsureOfAndANameWithASmallFirstLetterAreReadAroundToo() {
    String[] words = LONG.split(" ");
    int cranes = List.of(words).indexOf("cranes");
    // without either, "cranes" lies outside every window
    assertThat(NameWindows.of(words, null)).isNotNull();
    assertThat(reads(NameWindows.of(words, null), cranes)).isFalse();
    boolean[] unsure = new boolean[words.length];
    unsure[cranes] = true;
    assertThat(reads(NameWindows.of(words, unsure), cranes)).isTrue();
    String[] camel = LONG.replace("the damaged cranes", "the iDefense cranes").split(" ");
    assertThat(reads(NameWindows.of(camel, null), cranes)).isTrue();
  }
}
