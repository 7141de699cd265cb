package org.storyfuse.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyfuse.model.Article;
import org.storyfuse.model.PublicationDate;

/** Made-up reports of two unrelated events, written for these tests, several outlets each. */
final class StoreFixtures {

  private StoreFixtures() {}

  static final String[] OUTLETS = {"North Wire", "Valley Post", "Harbour Times", "Daily Ledger", "Coast Radio"};

  /** Report {@code n} (0-4) on the Kestrel Bridge closure in Velmora. */
  static Article bridge(int n) {
    String[][] texts = {
      {"Kestrel Bridge in Velmora closed after cracks found",
        "Engineers closed the Kestrel Bridge in Velmora on Tuesday after inspectors found deep cracks in two support piers.",
        "Mayor Ilse Brandt said the bridge would stay shut until the Velmora transport office finished its survey.",
        "About 40,000 vehicles cross the Kestrel Bridge every day, according to the transport office."},
      {"Velmora shuts Kestrel Bridge over pier cracks",
        "The Kestrel Bridge was shut on Tuesday when inspectors discovered cracks in support piers, Velmora officials said.",
        "Ilse Brandt, the mayor of Velmora, told reporters that safety came first and the bridge would remain closed.",
        "Commuters faced long detours as traffic from the Kestrel Bridge moved to the old ferry road."},
      {"Cracked piers force Kestrel Bridge closure",
        "Velmora's transport office closed the Kestrel Bridge after cracks appeared in two piers during a routine inspection.",
        "Mayor Ilse Brandt said engineers were surveying the piers and repairs could take months.",
        "The Kestrel Bridge carries about 40,000 vehicles a day across the Velmora river."},
      {"Kestrel Bridge repairs could take months, Velmora mayor says",
        "Repairs to the cracked piers of the Kestrel Bridge in Velmora could take several months, Mayor Ilse Brandt said on Wednesday.",
        "Inspectors found the cracks on Tuesday and the transport office closed the bridge the same day.",
        "Ferry services across the Velmora river were doubled to carry stranded commuters."},
      {"Velmora adds ferries while Kestrel Bridge stays closed",
        "Velmora doubled ferry crossings on Wednesday as the Kestrel Bridge stayed closed over cracked support piers.",
        "Mayor Ilse Brandt said the transport office would publish the engineers' survey of the bridge next week.",
        "Inspectors had found the cracks in two piers of the Kestrel Bridge on Tuesday."},
    };
    return article("bridge-" + n, texts[n], OUTLETS[n], LocalDate.of(2031, 3, 4 + n / 3));
  }

  /** Report {@code n} (0-2) on Tomas Ferreira winning the Oslund Open chess tournament. */
  static Article chess(int n) {
    String[][] texts = {
      {"Tomas Ferreira wins the Oslund Open",
        "Grandmaster Tomas Ferreira won the Oslund Open chess tournament on Sunday with a final-round victory over Mira Kovalenko.",
        "Ferreira finished with seven points from nine games, half a point ahead of the field in Oslund.",
        "The Oslund Open drew 212 players from 31 countries this year."},
      {"Ferreira takes Oslund Open title",
        "Tomas Ferreira beat Mira Kovalenko in the last round on Sunday to take the Oslund Open chess title.",
        "The grandmaster scored seven out of nine in Oslund and collected the first prize.",
        "Kovalenko finished second after a tense endgame that lasted six hours."},
      {"Chess: Kovalenko second as Ferreira wins in Oslund",
        "Mira Kovalenko had to settle for second place at the Oslund Open after losing the final-round game to Tomas Ferreira.",
        "Ferreira's seven points from nine games gave him the Oslund chess title by half a point.",
        "Organisers said 212 players took part in the Oslund Open."},
    };
    return article("chess-" + n, texts[n], OUTLETS[n], LocalDate.of(2031, 5, 11 + n / 2));
  }

  static List<Article> bridges(int from, int to) {
    List<Article> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(bridge(n));
    }
    return out;
  }

  static List<Article> chesses(int from, int to) {
    List<Article> out = new ArrayList<>();
    for (int n = from; n < to; n++) {
      out.add(chess(n));
    }
    return out;
  }

  private static Article article(String id, String[] text, String outlet, LocalDate date) {
    return new Article(id, "fixtures/" + id + ".txt", "https://example.org/" + id, outlet, text[0], null,
        PublicationDate.stated(date, "test"), "en", List.of(text).subList(1, text.length));
  }
}
