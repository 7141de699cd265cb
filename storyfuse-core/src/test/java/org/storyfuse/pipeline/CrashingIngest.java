package org.storyfuse.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/**
 * The child JVM of {@link CrashRecoveryTest}: stores the fixture batch, then a large batch slowly
 * (it pauses after every stored article, inside the transaction), announcing its progress on
 * stdout so the parent can kill it while the batch is half written.
 */
public final class CrashingIngest {

  static final int LARGE_BATCH = 60;

  public static void main(String[] args) throws InterruptedException {
    try (StoreDesk store = StoreDesk.open(args[0])) {
      List<Article> first = new ArrayList<>(StoreFixtures.bridges(0, 3));
      first.addAll(StoreFixtures.chesses(0, 2));
      store.ingest(first);
      System.out.println("committed");
      System.out.flush();
      store.ingest(largeBatch(), (done, total) -> {
        System.out.println("stored " + done);
        System.out.flush();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      System.out.println("finished"); // the parent kills the process before this
    }
  }

  /** Distinct made-up reports: council notices from different towns, some joining the fixture stories. */
  static List<Article> largeBatch() {
    List<Article> out = new ArrayList<>();
    String[] towns = {"Arlen", "Brisk", "Corvo", "Dunmere", "Eldham", "Fallow", "Grist", "Hollin", "Ivel", "Jorra"};
    for (int i = 0; i < LARGE_BATCH; i++) {
      if (i == 7) {
        out.add(StoreFixtures.bridge(3));
        continue;
      }
      if (i == 11) {
        out.add(StoreFixtures.chess(2));
        continue;
      }
      String town = towns[i % towns.length];
      out.add(new Article("notice-" + i, "generated/notice-" + i, "https://example.org/notice/" + i, "Town Crier",
          town + " council notice " + i,
          null, PublicationDate.stated(LocalDate.of(2031, 1 + i % 12, 1 + i % 28), "test"), "en",
          List.of("The " + town + " council met on day " + i + " to discuss item " + (i * 7919 % 1000) + ".",
              "Councillor number " + (i % 13) + " of " + town + " proposed motion " + i + " on the budget.")));
    }
    return out;
  }
}
