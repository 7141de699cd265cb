package org.storyfuse.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The verbs of saying: one list, and an alternation that matches each form whole. */
class SpeechVerbsTest {

  @Test
  void everySpeechOnlyCueIsACue() {
    assertThat(SpeechVerbs.CUES).containsAll(SpeechVerbs.SPEECH_ONLY);
    assertThat(SpeechVerbs.CUES).contains("said", "told", "warned", "denied").doesNotContain("the");
  }

  @Test
  void theAlternationMatchesTheLongerFormAndPhrasesOverAnySpace() {
    Pattern p = Pattern.compile("\\b(?:" + SpeechVerbs.alternation(List.of("say", "saying"), "according to") + ")\\b");
    var m = p.matcher("quoted as saying, according\n to officials");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("saying");
    assertThat(m.find()).isTrue();
    assertThat(m.group()).isEqualTo("according\n to");
    assertThat(SpeechVerbs.alternation(List.of("b", "a"), "a")).isEqualTo(SpeechVerbs.alternation(List.of("a", "b")));
  }
}
