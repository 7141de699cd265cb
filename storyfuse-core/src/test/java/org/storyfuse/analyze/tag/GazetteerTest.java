package org.storyfuse.analyze.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lists come from the CoreNLP models jar on the test classpath, as in the product. */
class GazetteerTest {

  @Test
  void marksPlacesPeopleAndTitlesLongestFirst() {
    String[] marks = Gazetteer.shared().marks("Foreign Minister Sergei Lavrov flew to New York from Moscow .".split(" "));
    assertThat(marks[1]).contains("TITLE");
    assertThat(marks[2]).contains("PER-B");
    assertThat(marks[6]).contains("LOC-B");
    assertThat(marks[7]).contains("LOC-I");
    assertThat(marks[9]).contains("LOC-B");
    assertThat(marks[10]).isNull();
  }

  @Test
  void lowerCaseWordsStartNoName() {
    String[] marks = Gazetteer.shared().marks("the mission will bath".split(" "));
    for (String m : marks) {
      assertThat(m == null || !m.contains("LOC")).isTrue();
    }
  }

  @Test
  void anEntryIsHashedAsItsTokensAre() {
    assertThat(Gazetteer.hash("new  york")).isEqualTo(Gazetteer.hash("New York"));
    assertThat(Gazetteer.hash("newyork")).isNotEqualTo(Gazetteer.hash("new york"));
  }
}
