package org.storyfuse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Language detection: the usual answers, and the same answers when threads detect at once (no lock). */
class LanguageDetectorTest {

  /** Made-up sentences, a few per language. */
  private static final List<String> TEXTS = List.of(
      "The harbour authority said on Tuesday that the channel would be deepened next spring, after two "
          + "cargo ships ran aground in the autumn storms and the port lost a week of traffic.",
      "Die Stadtverwaltung teilte am Dienstag mit, dass die Brücke über den Fluss im kommenden Frühjahr "
          + "erneuert werden soll, nachdem Prüfer Risse in den Pfeilern gefunden hatten.",
      "La mairie a annoncé mardi que le pont sur la rivière serait rénové au printemps prochain, après que "
          + "des inspecteurs ont trouvé des fissures dans les piliers.",
      "El ayuntamiento anunció el martes que el puente sobre el río será renovado la próxima primavera, "
          + "después de que los inspectores encontraran grietas en los pilares.",
      "ok");

  @Test
  void namesTheLanguageOrSaysItCannotTell() {
    LanguageDetector detector = new LanguageDetector();
    assertThat(TEXTS.stream().map(detector::detect).toList()).containsExactly("en", "de", "fr", "es", "und");
    assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
  }

  @Test
  void threadsDetectingAtOnceGetTheAnswersOneThreadGets() throws Exception {
    LanguageDetector detector = new LanguageDetector();
    List<String> alone = TEXTS.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(pool.submit(() -> TEXTS.stream().map(detector::detect).toList()));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
