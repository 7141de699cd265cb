package org.storyfuse.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Entity;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityLinker;
import org.storyfuse.analyze.EntityNames;
import org.storyfuse.analyze.Quote;
import org.storyfuse.analyze.TimeMention;
import org.storyfuse.text.Sentence;

/**
 * Scores the analysis of a folder of reports against its gold.json (the shape of
 * ../shared/seeds/gold.json): entity recall per type, people with their stated role, gold quotes
 * found with the right speaker in every file that carries them, timeline dates. Matching is by
 * meaning where the gold asks for it: names via {@link EntityNames} ("US" = "United States"),
 * roles and quote words by case-insensitive containment.
 */
public final class AnalysisEvaluation {

  /** One gold entity: was it found with its type across the articles. */
  public record EntityResult(String type, String name, boolean found, String foundAs) {}

  /** One gold role: the roles the analysis stated for the person. */
  public record RoleResult(String person, String expected, List<String> found, boolean ok) {}

  /**
   * One gold quote in one file.
   *
   * @param found    a quote containing the gold words is in the file's analysis
   * @param speakers the speakers given to those quotes (null entries for unattributed ones)
   * @param ok       one of them has the gold speaker
   */
  public record QuoteResult(String speaker, String contains, String file, boolean found, List<String> speakers,
                            boolean ok) {}

  /** One gold timeline entry: a time mention with that date in a sentence about that event. */
  public record TimelineResult(String date, List<String> eventContains, boolean ok, String evidence) {}

  public record Report(List<EntityResult> entities, List<RoleResult> roles, List<QuoteResult> quotes,
                       List<TimelineResult> timeline) {

    public long entitiesFound(String type) {
      return entities.stream().filter(e -> e.type().equals(type) && e.found()).count();
    }

    public long entities(String type) {
      return entities.stream().filter(e -> e.type().equals(type)).count();
    }

    public long rolesOk() {
      return roles.stream().filter(RoleResult::ok).count();
    }

    public long quotesFound() {
      return quotes.stream().filter(QuoteResult::found).count();
    }

    public long quotesOk() {
      return quotes.stream().filter(QuoteResult::ok).count();
    }

    public long timelineOk() {
      return timeline.stream().filter(TimelineResult::ok).count();
    }

    /** The issue's targets: every gold quote with its speaker, every date, all people with roles. */
    public boolean targetsMet() {
      return quotesOk() == quotes.size() && timelineOk() == timeline.size()
          && entitiesFound("person") == entities("person") && rolesOk() == roles.size();
    }
  }

  private AnalysisEvaluation() {}

  public static Report run(Path goldFile, List<AnalyzedArticle> analysed) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(Files.readString(goldFile));
    Map<String, AnalyzedArticle> byFile = new HashMap<>();
    analysed.forEach(a -> byFile.put(fileName(a.article().origin()), a));
    List<Entity> linked = EntityLinker.link(analysed);
    return new Report(entities(gold, linked), roles(gold, linked), quotes(gold, byFile), timeline(gold, analysed));
  }

  private static List<EntityResult> entities(JsonNode gold, List<Entity> linked) {
    List<EntityResult> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> types = gold.path("entities").fields();
    while (types.hasNext()) {
      Map.Entry<String, JsonNode> t = types.next();
      EntityKind kind = EntityKind.valueOf(t.getKey().toUpperCase(Locale.ROOT));
      for (JsonNode n : t.getValue()) {
        Entity match = find(linked, n.asText(), kind);
        out.add(new EntityResult(t.getKey(), n.asText(), match != null, match == null ? null : match.name()));
      }
    }
    return out;
  }

  private static List<RoleResult> roles(JsonNode gold, List<Entity> linked) {
    List<RoleResult> out = new ArrayList<>();
    gold.path("roles").fields().forEachRemaining(r -> {
      Entity e = find(linked, r.getKey(), EntityKind.PERSON);
      List<String> found = e == null ? List.of() : e.roles();
      String expected = r.getValue().asText().toLowerCase(Locale.ROOT);
      boolean ok = found.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(expected));
      out.add(new RoleResult(r.getKey(), r.getValue().asText(), found, ok));
    });
    return out;
  }

  private static List<QuoteResult> quotes(JsonNode gold, Map<String, AnalyzedArticle> byFile) {
    List<QuoteResult> out = new ArrayList<>();
    for (JsonNode q : gold.path("quotes")) {
      String speaker = q.get("speaker").asText();
      String contains = q.get("contains").asText();
      for (JsonNode f : q.path("files")) {
        AnalyzedArticle a = byFile.get(f.asText());
        List<String> speakers = new ArrayList<>();
        boolean ok = false;
        if (a != null) {
          for (Quote found : a.quotes()) {
            if (normalise(found.text()).contains(normalise(contains))) {
              speakers.add(found.speaker());
              ok |= found.speaker() != null && EntityNames.sameEntity(found.speaker(), speaker);
            }
          }
        }
        out.add(new QuoteResult(speaker, contains, f.asText(), !speakers.isEmpty(), speakers, ok));
      }
    }
    return out;
  }

  private static List<TimelineResult> timeline(JsonNode gold, List<AnalyzedArticle> analysed) {
    List<TimelineResult> out = new ArrayList<>();
    for (JsonNode t : gold.path("timeline")) {
      String date = t.get("date").asText();
      List<String> words = new ArrayList<>();
      t.path("event_contains").forEach(w -> words.add(w.asText()));
      String evidence = null;
      for (AnalyzedArticle a : analysed) {
        for (TimeMention m : a.times()) {
          String sentence = sentenceText(a, m.sentence());
          if (date.equals(m.date()) && words.stream().anyMatch(w -> normalise(sentence).contains(normalise(w)))) {
            evidence = fileName(a.article().origin()) + "#" + m.sentence() + " \"" + m.text() + "\"";
            break;
          }
        }
        if (evidence != null) {
          break;
        }
      }
      out.add(new TimelineResult(date, words, evidence != null, evidence));
    }
    return out;
  }

  private static Entity find(List<Entity> linked, String name, EntityKind kind) {
    for (Entity e : linked) {
      if (e.kind() == kind && EntityNames.key(e.name()).equals(EntityNames.key(name))) {
        return e;
      }
    }
    for (Entity e : linked) {
      if (e.kind() == kind && EntityNames.sameEntity(e.name(), name)) {
        return e;
      }
    }
    return null;
  }

  private static String sentenceText(AnalyzedArticle a, int index) {
    for (Sentence s : a.sentences()) {
      if (s.index() == index) {
        return s.text();
      }
    }
    return "";
  }

  /** Lower case, curly quotes and apostrophes straightened, whitespace collapsed. */
  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
        .replace('”', '"').replaceAll("\\s+", " ");
  }

  private static String fileName(String origin) {
    return Path.of(origin.replaceFirst("#.*$", "")).getFileName().toString();
  }
}
