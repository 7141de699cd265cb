package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns CoreNLP's NER spans into resolved mentions: pronouns dropped (the NER tags "he" PERSON),
 * possessive endings cut, each person's stated role attached, and mentions linked within the
 * article: a surname to the one full name ending with it ("Ryabkov" → "Sergei Ryabkov"), a long
 * name to the acronym given after it in parentheses ("Organization for ... (OSCE)" → "OSCE").
 */
final class EntityExtractor {

  /** Labels that are not entities (times and numbers have their own extractors; titles are roles). */
  private static final Set<String> NOT_ENTITIES = Set.of(
      "O", "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "TITLE");

  private EntityExtractor() {}

  static List<Mention> extract(Doc doc) {
    List<Tok> toks = doc.tokens();
    RoleFinder roles = new RoleFinder(doc);
    List<int[]> raw = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (NerSpan span : doc.spans()) {
      if (NOT_ENTITIES.contains(span.tag())) {
        continue;
      }
      int start = span.start();
      int end = span.end();
      while (end > start && (toks.get(end - 1).text().equals("'s") || toks.get(end - 1).text().equals("’s")
          || toks.get(end - 1).isPunct())) {
        end--;
      }
      boolean allPronouns = true;
      for (int i = start; i < end; i++) {
        allPronouns &= toks.get(i).isPronoun();
      }
      if (end <= start || allPronouns) {
        continue;
      }
      raw.add(new int[] {start, end});
      tags.add(span.tag());
    }

    joinAcrossAnd(doc, raw, tags);
    dropTitleFragments(doc, raw, tags);
    addPlaceAdjectives(doc, raw, tags);
    addMedia(doc, raw, tags);
    Map<String, String> acronyms = acronyms(doc, raw);
    Map<String, String> fullNames = fullPersonNames(doc, raw, tags);
    List<Mention> out = new ArrayList<>();
    for (int m = 0; m < raw.size(); m++) {
      int start = raw.get(m)[0];
      int end = raw.get(m)[1];
      String tag = tags.get(m);
      EntityKind kind = EntityKind.ofNerTag(tag);
      String text = doc.covered(start, end);
      if (text.codePoints().filter(Character::isLetter).count() < 2) {
        continue; // "D" of "D-Wash.", a lone initial: no name
      }
      if (kind == EntityKind.PERSON && INITIALS_ONLY.matcher(text).matches()) {
        // "F. B. I.", "L. A.", "A.J." alone: a body's or a place's initials, or the first half of a
        // name cut off; which, the letters do not say
        continue;
      }
      String key = EntityNames.key(text);
      String name = text;
      if (kind == EntityKind.PERSON && fullNames.containsKey(key)) {
        name = fullNames.get(key);
      } else if (acronyms.containsKey(key)) {
        name = acronyms.get(key);
      }
      RoleFinder.Role role = kind == EntityKind.PERSON ? roles.find(start, end) : null;
      out.add(new Mention(start, end, kind, tag, text, name, EntityNames.key(name), role));
    }
    return out;
  }

  /** Two or more capitals each with its dot ("F. B. I.", "A.J."), the whole of a name. */
  private static final java.util.regex.Pattern INITIALS_ONLY =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\.\\s?)+\\p{Lu}\\.?");

  /** Lower-case words that may stand inside a name ("Organization for Security and Co-operation in Europe"). */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "in", "on", "and", "the", "de", "du", "des");

  /**
   * "Organization for Security | and | Co-operation in Europe": the NER ends a long name at "and".
   * A name of the form "X of/for Y" followed by "and" and a capitalised word the NER did not tag
   * (a capitalised word mid-sentence that is no name of its own is part of a longer one) continues
   * over it, and over lower-case connectors between capitalised words ("in Europe"); names inside
   * the continuation ("Europe") are absorbed. "the Ministry of Defence and Russia" is not joined:
   * "Russia" is a name of its own.
   */
  static void joinAcrossAnd(Doc doc, List<int[]> raw, List<String> tags) {
    List<Tok> toks = doc.tokens();
    for (int m = 0; m < raw.size(); m++) {
      int start = raw.get(m)[0];
      int end = raw.get(m)[1];
      boolean innerConnector = false;
      for (int i = start + 1; i < end - 1; i++) {
        innerConnector |= Set.of("of", "for").contains(toks.get(i).lower());
      }
      if (!innerConnector || end + 1 >= toks.size() || !toks.get(end).lower().equals("and")
          || toks.get(end).sentence() != toks.get(start).sentence()) {
        continue;
      }
      Tok first = toks.get(end + 1);
      if (!"O".equals(first.ner()) || first.text().isEmpty() || !Character.isUpperCase(first.text().charAt(0))
          || first.sentence() != toks.get(start).sentence()) {
        continue;
      }
      int to = end + 2;
      while (to < toks.size() && toks.get(to).sentence() == first.sentence()) {
        Tok t = toks.get(to);
        if (!t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0)) && !t.isPunct()) {
          to++;
        } else if (NAME_CONNECTORS.contains(t.lower()) && to + 1 < toks.size()
            && !toks.get(to + 1).text().isEmpty() && Character.isUpperCase(toks.get(to + 1).text().charAt(0))) {
          to += 2;
        } else {
          break;
        }
      }
      final int joinedEnd = to;
      raw.get(m)[1] = joinedEnd;
      for (int k = raw.size() - 1; k > m; k--) {
        if (raw.get(k)[0] >= end && raw.get(k)[1] <= joinedEnd) {
          raw.remove(k);
          tags.remove(k);
        }
      }
    }
  }

  /**
   * "Deputy Secretary of State Wendy Sherman": the NER tags "State" an organisation, but after a
   * title word and "of" a title word is the rest of the title ("Secretary of State", "Minister of
   * Defence"), not an entity; so is one title word right before another ("Interior Minister Sofia
   * Andrade": the NER tags "Interior" an organisation). "President of Russia" keeps "Russia" and
   * "NATO Secretary General" keeps "NATO": they are no title words.
   */
  static void dropTitleFragments(Doc doc, List<int[]> raw, List<String> tags) {
    List<Tok> toks = doc.tokens();
    for (int m = raw.size() - 1; m >= 0; m--) {
      int start = raw.get(m)[0];
      int end = raw.get(m)[1];
      if (EntityKind.ofNerTag(tags.get(m)) == EntityKind.PERSON) {
        continue;
      }
      boolean afterTitleOf = start >= 2 && toks.get(start - 1).lower().equals("of")
          && RoleFinder.isTitleWord(toks.get(start - 2).text());
      boolean beforeTitle = end - start == 1 && end < toks.size() && toks.get(end).sentence() == toks.get(start).sentence()
          && RoleFinder.isTitleWord(toks.get(end).text());
      if (!afterTitleOf && !beforeTitle) {
        continue;
      }
      boolean allTitleWords = true;
      for (int i = start; i < end; i++) {
        allTitleWords &= RoleFinder.isTitleWord(toks.get(i).text());
      }
      if (allTitleWords) {
        raw.remove(m);
        tags.remove(m);
      }
    }
  }

  /** The endings of English place adjectives ("Crimean", "Brazilian", "Balkan", "Chinese", "Baltic", "Iraqi", "Kurdish"). */
  private static final java.util.regex.Pattern PLACE_ADJECTIVE =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(an|ese|ic|i|ish)");

  /** Common nouns of geography that a place adjective names a place with ("the Crimean peninsula"). */
  private static final Set<String> PLACE_NOUNS = Set.of(
      "peninsula", "region", "province", "island", "islands", "coast", "mountains", "sea", "gulf", "valley",
      "desert", "basin", "strait", "delta", "plateau", "highlands", "lowlands", "archipelago");

  /**
   * "the Crimean peninsula", "the Korean peninsula", "the Balkan region": a capitalised word with an
   * adjective's ending that the NER left untagged, mid-sentence, before a common noun of geography
   * is a place, named as written with its noun.
   */
  static void addPlaceAdjectives(Doc doc, List<int[]> raw, List<String> tags) {
    List<Tok> toks = doc.tokens();
    boolean[] covered = new boolean[toks.size()];
    raw.forEach(m -> java.util.Arrays.fill(covered, m[0], m[1], true));
    for (int i = 1; i + 1 < toks.size(); i++) {
      Tok t = toks.get(i);
      Tok next = toks.get(i + 1);
      if (covered[i] || !"O".equals(t.ner()) || t.text().length() < 3 || !Character.isUpperCase(t.text().charAt(0))
          || !PLACE_ADJECTIVE.matcher(t.text()).matches()
          || !t.text().substring(1).chars().allMatch(Character::isLowerCase)
          || toks.get(i - 1).sentence() != t.sentence() || toks.get(i - 1).text().matches("[.!?:\"“”]")
          || next.sentence() != t.sentence() || !PLACE_NOUNS.contains(next.text())) {
        continue;
      }
      raw.add(new int[] {i, i + 2});
      tags.add("LOCATION");
    }
  }

  private static final Set<String> MEDIA_WORDS = Set.of(
      "television", "tv", "channel", "agency", "newspaper", "radio", "broadcaster", "daily", "network");

  /**
   * Outlets the statistical NER misses ("RTVI TV", "the Russian-language channel RTVI", "TASS news
   * agency"): an acronym-like word (two or more capitals) next to a media word is an organisation.
   * News analysis needs them: they are the sources of quotes.
   */
  private static void addMedia(Doc doc, List<int[]> raw, List<String> tags) {
    List<Tok> toks = doc.tokens();
    boolean[] covered = new boolean[toks.size()];
    raw.forEach(m -> java.util.Arrays.fill(covered, m[0], m[1], true));
    for (int i = 0; i < toks.size(); i++) {
      if (!MEDIA_WORDS.contains(toks.get(i).lower())) {
        continue;
      }
      int before = i > 0 && toks.get(i - 1).lower().equals("news") ? i - 2 : i - 1;
      for (int c : new int[] {before, i + 1}) {
        if (c >= 0 && c < toks.size() && !covered[c] && toks.get(c).sentence() == toks.get(i).sentence()
            && isAcronymLike(toks.get(c).text())) {
          covered[c] = true;
          raw.add(new int[] {c, c + 1});
          tags.add("ORGANIZATION");
        }
      }
    }
    // Keep text order: later rules (linking, attribution) read mentions left to right.
    Integer[] order = new Integer[raw.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> raw.get(k)[0]));
    List<int[]> r = new ArrayList<>();
    List<String> t = new ArrayList<>();
    for (int k : order) {
      r.add(raw.get(k));
      t.add(tags.get(k));
    }
    raw.clear();
    raw.addAll(r);
    tags.clear();
    tags.addAll(t);
  }

  private static boolean isAcronymLike(String w) {
    long capitals = w.chars().filter(Character::isUpperCase).count();
    return capitals >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetterOrDigit);
  }

  /** Surname key → the article's one full name ending with it (absent when ambiguous). */
  private static Map<String, String> fullPersonNames(Doc doc, List<int[]> raw, List<String> tags) {
    Map<String, String> fullByKey = new LinkedHashMap<>();
    for (int m = 0; m < raw.size(); m++) {
      if (EntityKind.ofNerTag(tags.get(m)) == EntityKind.PERSON && raw.get(m)[1] - raw.get(m)[0] >= 2) {
        String name = doc.covered(raw.get(m)[0], raw.get(m)[1]);
        fullByKey.putIfAbsent(EntityNames.key(name), name);
      }
    }
    Map<String, Set<String>> candidates = new HashMap<>();
    for (int m = 0; m < raw.size(); m++) {
      if (EntityKind.ofNerTag(tags.get(m)) != EntityKind.PERSON) {
        continue;
      }
      String key = EntityNames.key(doc.covered(raw.get(m)[0], raw.get(m)[1]));
      for (Map.Entry<String, String> full : fullByKey.entrySet()) {
        if (full.getKey().equals(key) || EntityNames.endsWithWord(full.getKey(), key)) {
          candidates.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(full.getValue());
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    candidates.forEach((key, names) -> {
      if (names.size() == 1) {
        out.put(key, names.iterator().next());
      }
    });
    return out;
  }

  /** Long-form key → acronym, from "Long Name (ACRO)" in the text. */
  private static Map<String, String> acronyms(Doc doc, List<int[]> raw) {
    List<Tok> toks = doc.tokens();
    Map<String, String> out = new HashMap<>();
    for (int[] m : raw) {
      int i = m[1];
      if (m[1] - m[0] < 2 || i + 2 >= toks.size() || !isOpenParen(toks.get(i).text())) {
        continue;
      }
      String acro = toks.get(i + 1).text();
      if (isCloseParen(toks.get(i + 2).text()) && acro.length() >= 2 && acro.length() <= 8
          && Character.isUpperCase(acro.charAt(0))) {
        out.put(EntityNames.key(doc.covered(m[0], m[1])), acro);
      }
    }
    return out;
  }

  private static boolean isOpenParen(String t) {
    return t.equals("(") || t.equals("-LRB-");
  }

  private static boolean isCloseParen(String t) {
    return t.equals(")") || t.equals("-RRB-");
  }

  /** Merges mentions per key into the article's entities, in order of first mention. */
  static List<Entity> entities(String articleId, List<EntityMention> mentions) {
    Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
    }
    List<Entity> out = new ArrayList<>();
    byKey.forEach((key, ms) -> {
      String name = ms.get(0).name();
      for (EntityMention m : ms) {
        if (m.name().length() > name.length()) {
          name = m.name();
        }
      }
      out.add(new Entity(name, key, majority(ms.stream().map(EntityMention::kind).toList()),
          majority(ms.stream().map(EntityMention::nerTag).toList()),
          ms.stream().map(EntityMention::role).filter(r -> r != null).distinct().toList(),
          ms.size(), ms.stream().map(EntityMention::sentence).distinct().sorted().toList(),
          List.of(articleId)));
    });
    return out;
  }

  /** Most frequent value; ties go to the first seen (deterministic). */
  static <T> T majority(List<T> values) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    T best = values.get(0);
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
