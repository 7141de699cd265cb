package org.storyfuse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.storyfuse.analyze.EntityNames;
import org.storyfuse.model.Brief;

/**
 * Checks a brief against a gold.json (the shape of ../shared/seeds): every timeline event, quote,
 * corroborated claim and discrepancy listed there, item by item. Matching is by meaning as far as
 * a rule can tell it: text ignores case and quote-mark style, speakers match by entity key ("US" =
 * "United States", "Ryabkov" = "Sergei Ryabkov"), files by the sources' origin file names.
 *
 * <ul>
 *   <li>timeline: an event on the gold date whose sentence, or one of its other wordings (another
 *       outlet's words for the same development), contains every gold word;
 *   <li>quotes: a quote whose text or a variant contains the gold words, by the gold speaker,
 *       citing at least the gold files;
 *   <li>corroborated claims: a claim (the {@code claims} list or a summary sentence) whose text
 *       contains the gold words with at least the gold number of independent sources (a claim's
 *       sources: those cited after its words and those cited after their own wording of it);
 *   <li>discrepancies: one of the gold kind whose claims cite at least the gold files (and, when
 *       gold gives words, contain them).
 * </ul>
 * An item is FOUND, WRONG (the brief has it in part: what it says is shown) or MISSING.
 */
public final class BriefEvaluation {

  public enum Status { FOUND, WRONG, MISSING }

  public record Item(String section, String gold, Status status, String brief) {}

  public record Report(List<Item> items) {

    public boolean allFound() {
      return items.stream().allMatch(i -> i.status() == Status.FOUND);
    }

    /** Section → {found, total}, in the order of the items. */
    public Map<String, int[]> scores() {
      Map<String, int[]> out = new LinkedHashMap<>();
      for (Item i : items) {
        int[] s = out.computeIfAbsent(i.section(), k -> new int[2]);
        s[0] += i.status() == Status.FOUND ? 1 : 0;
        s[1]++;
      }
      return out;
    }
  }

  private BriefEvaluation() {}

  public static Report run(Path goldJson, Brief brief) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(Files.readString(goldJson));
    Map<Integer, String> fileOf = new HashMap<>();
    for (Brief.Source s : brief.sources()) {
      fileOf.put(s.id(), Path.of(s.origin().replaceFirst("#\\d+$", "")).getFileName().toString());
    }
    List<Item> items = new ArrayList<>();
    gold.path("timeline").forEach(g -> items.add(timeline(g, brief)));
    gold.path("quotes").forEach(g -> items.add(quote(g, brief, fileOf)));
    gold.path("corroborated_claims").forEach(g -> items.add(claim(g, brief)));
    gold.path("discrepancies").forEach(g -> items.add(discrepancy(g, brief, fileOf)));
    return new Report(List.copyOf(items));
  }

  private static Item timeline(JsonNode g, Brief brief) {
    String date = g.get("date").asText();
    List<String> words = strings(g.get("event_contains"));
    String label = date + " " + words;
    List<Brief.TimelineEvent> onDate = brief.timeline().stream().filter(e -> e.date().equals(date)).toList();
    for (Brief.TimelineEvent e : onDate) {
      // an entry is its sentence and the other outlets' wordings of the same development (as a quote
      // is its text and its variants): the gold event may be in any of them
      List<String> wordings = new ArrayList<>();
      wordings.add(e.event());
      e.otherWordings().forEach(w -> wordings.add(w.text()));
      for (String wording : wordings) {
        if (words.stream().allMatch(w -> contains(wording, w))) {
          return new Item("timeline", label, Status.FOUND, short_(wording));
        }
      }
    }
    return onDate.isEmpty() ? new Item("timeline", label, Status.MISSING, "no event on " + date)
        : new Item("timeline", label, Status.WRONG, short_(onDate.get(0).event()));
  }

  private static Item quote(JsonNode g, Brief brief, Map<Integer, String> fileOf) {
    String speaker = g.get("speaker").asText();
    String words = g.get("contains").asText();
    Set<String> files = new TreeSet<>(strings(g.get("files")));
    String label = speaker + " ← \"" + words + "\" " + ids(files);
    Item partial = null;
    for (Brief.Quote q : brief.quotes()) {
      List<String> texts = new ArrayList<>(q.variants());
      texts.add(q.text());
      if (texts.stream().noneMatch(t -> contains(t, words))) {
        continue;
      }
      Set<String> cited = files(q.sources(), fileOf);
      String said = q.speaker() + " " + ids(cited);
      if (EntityNames.sameEntity(q.speaker(), speaker) && cited.containsAll(files)) {
        return new Item("quotes", label, Status.FOUND, said);
      }
      partial = partial != null ? partial : new Item("quotes", label, Status.WRONG, said);
    }
    return partial != null ? partial : new Item("quotes", label, Status.MISSING, "");
  }

  private static Item claim(JsonNode g, Brief brief) {
    int min = g.path("min_sources").asInt(2);
    Predicate<String> matches;
    String label;
    if (g.has("contains_any")) {
      List<String> any = strings(g.get("contains_any"));
      matches = t -> any.stream().anyMatch(w -> contains(t, w));
      label = "any of " + any;
    } else {
      List<String> all = strings(g.get("contains_all"));
      matches = t -> all.stream().allMatch(w -> contains(t, w));
      label = "all of " + all;
    }
    label += ", ≥ " + min + " sources";
    Map<String, Integer> candidates = new LinkedHashMap<>();
    // a claim's sources: those citing its words and those citing their own wording of it
    brief.claims().forEach(c -> candidates.merge(c.text(), c.allSources().size(), Math::max));
    brief.summary().forEach(s -> candidates.merge(s.text(), s.support().size(), Math::max));
    String best = null;
    int bestSupport = 0;
    for (Map.Entry<String, Integer> c : candidates.entrySet()) {
      if (matches.test(c.getKey()) && c.getValue() > bestSupport) {
        best = c.getKey();
        bestSupport = c.getValue();
      }
    }
    if (best == null) {
      return new Item("corroboration", label, Status.MISSING, "");
    }
    String said = bestSupport + " sources: " + short_(best);
    return new Item("corroboration", label, bestSupport >= min ? Status.FOUND : Status.WRONG, said);
  }

  private static Item discrepancy(JsonNode g, Brief brief, Map<Integer, String> fileOf) {
    String kind = g.get("kind").asText();
    Set<String> files = new TreeSet<>(strings(g.get("files")));
    String words = g.has("contains") ? g.get("contains").asText() : null;
    String label = kind + ": " + (g.has("about") ? g.get("about").asText() : "\"" + words + "\"") + " " + ids(files);
    Item partial = null;
    for (Brief.Discrepancy d : brief.discrepancies()) {
      if (!d.kind().equals(kind)) {
        continue;
      }
      List<Integer> sources = d.claims().stream().flatMap(c -> c.sources().stream()).toList();
      Set<String> cited = files(sources, fileOf);
      boolean wordsOk = words == null || d.claims().stream().anyMatch(c -> contains(c.text(), words));
      if (!wordsOk) {
        continue;
      }
      String said = d.about() + " " + ids(cited);
      if (cited.containsAll(files)) {
        return new Item("discrepancies", label, Status.FOUND, said);
      }
      partial = partial != null ? partial : new Item("discrepancies", label, Status.WRONG, said);
    }
    return partial != null ? partial : new Item("discrepancies", label, Status.MISSING, "");
  }

  private static Set<String> files(List<Integer> sources, Map<Integer, String> fileOf) {
    Set<String> out = new TreeSet<>();
    sources.forEach(s -> out.add(fileOf.get(s)));
    return out;
  }

  /** File names shortened to their number: "001_54e9….txt" → "001". */
  private static String ids(Set<String> files) {
    return files.stream().map(f -> f.contains("_") ? f.substring(0, f.indexOf('_')) : f).toList().toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Case- and quote-style-insensitive containment. */
  static boolean contains(String text, String words) {
    return normalise(text).contains(normalise(words));
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[‘’`]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ");
  }

  private static String short_(String s) {
    return s.length() <= 70 ? s : s.substring(0, 69) + "…";
  }
}
