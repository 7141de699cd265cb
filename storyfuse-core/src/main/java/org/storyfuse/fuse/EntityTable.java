package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Entity;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityLinker;
import org.storyfuse.analyze.EntityMention;
import org.storyfuse.model.Brief;
import org.storyfuse.text.Sentence;

/**
 * The brief's entity list: people, organisations and places linked across the story's articles
 * (by name normalisation, {@link EntityLinker}), with the roles the sources state, most widely
 * carried first.
 *
 * <p>Read over every mention in every source, three things the NER decides mention by mention:
 * <ul>
 *   <li><b>Place or body.</b> The type is the majority over all mentions. Where the NER calls one
 *       name a place in some mentions and an organisation in others, the uses decide: a name
 *       the NER calls a place at least as often, and written after "in", "near"…, is a place; else a one-word name the sources write with "the" in
 *       most mentions ("the Kremlin", "provokes the Kremlin") is a body; else, on a tie, a place
 *       used for its government (metonymy: "Washington and Kyiv say"); else the majority.
 *   <li><b>Common words.</b> A one-word place or body whose word, in lower case, the story's own
 *       text uses as an ordinary word or stem ("the West" beside "western", "State" beside "state
 *       television", "statement") is a common word capitalised by position or by a phrase, not a
 *       name; it is not listed. Acronyms ("US", "NATO") are never read so.
 *   <li><b>Channels.</b> A body named only as where someone said something ("said on Twitter",
 *       "wrote on Facebook") is the medium of a statement, not an actor of the story.
 * </ul>
 */
final class EntityTable {

  private EntityTable() {}

  /** Prepositions after which a name is a place. */
  private static final Set<String> LOCATIVES = Set.of(
      "in", "near", "inside", "outside", "across", "around", "within", "throughout");
  /** Endings that make an ordinary word of a stem ("western", "stated", "statements"). */
  private static final List<String> DERIVATIONS = List.of(
      "", "s", "es", "ern", "erly", "ward", "wards", "ed", "d", "ing", "ment", "ments", "ly", "less", "hood");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern CHANNEL_BEFORE = Pattern.compile(
      "\\b(said|says|say|wrote|writes|write|posted|posts|post|tweeted|tweets|announced|announces|stated|states|"
          + "added|adds|shared|shares|published|publishes|quoted|quotes|reported|reports)\\s+(on|via)\\s+"
          + "(its|his|her|their|the)?\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** How one entity is used across the story's sources. */
  private static final class Uses {
    int place;
    int body;
    int locative;
    int withThe;
    int channel;
    int total;
  }

  static List<Brief.Entity> build(List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources) {
    Map<String, Uses> uses = uses(analyses);
    Set<String> lowerWords = lowerCaseWords(analyses);
    List<Brief.Entity> out = new ArrayList<>();
    for (Entity e : EntityLinker.link(analyses)) {
      if (e.kind() == EntityKind.OTHER) {
        continue; // nationalities, titles, misc names: context, not actors or places
      }
      Uses u = uses.get(e.key());
      EntityKind kind = e.kind();
      if (kind != EntityKind.PERSON) {
        if (isCommonWord(e.name(), lowerWords) || (u != null && u.total > 0 && u.channel == u.total)) {
          continue;
        }
        kind = placeOrBody(e.name(), kind, u);
      }
      TreeSet<Integer> cited = new TreeSet<>();
      e.articleIds().forEach(id -> cited.add(sources.numberOf(id)));
      out.add(new Brief.Entity(e.name(), kind.name(), e.roles(), e.mentions(), List.copyOf(cited)));
    }
    out.sort(Comparator.comparingInt((Brief.Entity e) -> -e.sources().size())
        .thenComparingInt(e -> -e.mentions())
        .thenComparing(Brief.Entity::name));
    return out;
  }

  /** The type of a place-or-body name when the NER disagrees with itself (see the class comment). */
  static EntityKind placeOrBody(String name, EntityKind majority, Uses u) {
    if (u == null || u.place == 0 || u.body == 0) {
      return majority;
    }
    if (u.locative > 0 && u.place >= u.body) {
      return EntityKind.LOCATION;
    }
    boolean oneWord = !name.contains(" ");
    boolean acronym = name.chars().filter(Character::isUpperCase).count() >= 2 && !name.contains(" ");
    if (oneWord && !acronym && 2 * u.withThe > u.total) {
      return EntityKind.ORGANIZATION;
    }
    if (u.place == u.body && !acronym) {
      return EntityKind.LOCATION;
    }
    return majority;
  }

  /** "West" when the story writes "western"; never an acronym or a name of more than one word. */
  static boolean isCommonWord(String name, Set<String> lowerWords) {
    if (name.length() < 3 || !Character.isUpperCase(name.charAt(0)) || !name.substring(1).chars()
        .allMatch(Character::isLowerCase)) {
      return false;
    }
    String w = name.toLowerCase(Locale.ROOT);
    for (String ending : DERIVATIONS) {
      if (lowerWords.contains(w + ending)) {
        return true;
      }
    }
    return false;
  }

  /** Every word the story's sentences write wholly in lower case. */
  static Set<String> lowerCaseWords(List<AnalyzedArticle> analyses) {
    Set<String> out = new HashSet<>();
    for (AnalyzedArticle a : analyses) {
      for (Sentence s : a.sentences()) {
        Matcher m = WORD.matcher(s.text());
        while (m.find()) {
          String w = m.group();
          if (w.chars().allMatch(Character::isLowerCase)) {
            out.add(w);
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Uses> uses(List<AnalyzedArticle> analyses) {
    Map<String, Uses> out = new HashMap<>();
    for (AnalyzedArticle a : analyses) {
      Map<Integer, String> text = new HashMap<>();
      a.sentences().forEach(s -> text.put(s.index(), s.text()));
      for (EntityMention m : a.mentions()) {
        String sentence = text.get(m.sentence());
        if (m.kind() == EntityKind.PERSON || m.kind() == EntityKind.OTHER || sentence == null
            || m.begin() < 0 || m.begin() > sentence.length()) {
          continue;
        }
        Uses u = out.computeIfAbsent(m.key(), k -> new Uses());
        u.total++;
        if (m.kind() == EntityKind.LOCATION) {
          u.place++;
        } else {
          u.body++;
        }
        String before = sentence.substring(0, m.begin());
        String[] words = before.strip().split("\\s+");
        String last = words.length == 0 ? "" : words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean the = last.equals("the") || m.text().toLowerCase(Locale.ROOT).startsWith("the ");
        String prep = the && words.length >= 2 ? words[words.length - 2].toLowerCase(Locale.ROOT) : last;
        if (the) {
          u.withThe++;
        }
        if (LOCATIVES.contains(prep)) {
          u.locative++;
        }
        if (CHANNEL_BEFORE.matcher(before).find()) {
          u.channel++;
        }
      }
    }
    return out;
  }
}
