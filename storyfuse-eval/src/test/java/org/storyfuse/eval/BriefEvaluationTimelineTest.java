package org.storyfuse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.model.Brief;

/** A gold timeline event is found in an entry's sentence or in another outlet's wording of it, on its date only. */
class BriefEvaluationTimelineTest {

  private static final String GOLD = "{\"timeline\": [{\"date\": \"2021-12\", \"event_contains\": [\"propos\"]}]}";

  private static Brief brief(Brief.TimelineEvent... events) {
    return new Brief("s1", "Talks", new Brief.TimeSpan("2022-01-13", "2022-01-13"),
        List.of(new Brief.Source(1, "a1", "a.txt", "A", "Talks", null, "2022-01-13", false, null),
            new Brief.Source(2, "a2", "b.txt", "B", "Talks", null, "2022-01-13", false, null)),
        List.of(), List.of(), List.of(), List.of(events), List.of(), List.of(), List.of(), List.of());
  }

  private static Brief.TimelineEvent entry(String date, String event, String otherWording) {
    Brief.SentenceRef a = new Brief.SentenceRef(1, 3);
    Brief.SentenceRef b = new Brief.SentenceRef(2, 4);
    return new Brief.TimelineEvent(date, date.length() == 7 ? "month" : "day", event, List.of(1), List.of(a),
        otherWording == null ? List.of() : List.of(new Brief.Claim(otherWording, List.of(2), List.of(b))));
  }

  private static BriefEvaluation.Status status(Path dir, Brief brief) throws Exception {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, GOLD);
    return BriefEvaluation.run(gold, brief).items().get(0).status();
  }

  @Test
  void theGoldEventMayBeInAnotherOutletsWordingOfTheEntry(@TempDir Path dir) throws Exception {
    Brief brief = brief(entry("2021-12", "Russia put forth a number of security guarantees.",
        "In December, Russia unveiled proposals to contain NATO."));
    assertThat(status(dir, brief)).isEqualTo(BriefEvaluation.Status.FOUND);
  }

  @Test
  void anEntryWithTheWordsInNoWordingIsWrong(@TempDir Path dir) throws Exception {
    Brief brief = brief(entry("2021-12", "Russia put forth a number of security guarantees.",
        "Ryabkov compared the tensions with the 1962 crisis."));
    assertThat(status(dir, brief)).isEqualTo(BriefEvaluation.Status.WRONG);
  }

  @Test
  void theWordsOnAnotherDateDoNotCount(@TempDir Path dir) throws Exception {
    Brief brief = brief(entry("2022-01-10", "Both sides will put proposals on the table.", null));
    assertThat(status(dir, brief)).isEqualTo(BriefEvaluation.Status.MISSING);
  }
}
