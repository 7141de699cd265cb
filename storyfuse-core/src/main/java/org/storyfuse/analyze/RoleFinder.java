package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the role stated next to a person's name: a title before it ("Kremlin spokesman Dmitry
 * Peskov", "Russia's Deputy Foreign Minister Sergei Ryabkov", "his boss, foreign minister Sergei
 * Lavrov") or in an apposition after it ("Dmitry Peskov, the Kremlin spokesman,"). Title words come
 * from CoreNLP's TITLE label where the profile has it, and from a lexicon always, so the rule works
 * in both profiles. Countries, organisations and nationalities qualify a role and are dropped from
 * its normalised form ("NATO Secretary General" → "Secretary General").
 */
public final class RoleFinder {

  /** A role: normalised (qualifiers dropped) and as written. */
  record Role(String role, String text) {}

  /** Words that make a phrase a role on their own. */
  private static final Set<String> HEADS = Set.of(
      "minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson", "ambassador",
      "envoy", "chancellor", "senator", "governor", "mayor", "chief", "director", "chairman",
      "chairwoman", "chair", "leader", "commander", "diplomat", "negotiator", "premier", "king", "queen",
      "prince", "princess", "pope", "judge", "prosecutor", "attorney", "ceo", "founder", "adviser",
      "advisor", "representative", "official", "general", "admiral", "colonel", "captain", "marshal",
      "lawmaker", "congressman", "congresswoman", "speaker", "secretary-general", "head", "emir", "sheikh",
      "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "dr.", "economist", "analyst", "professor",
      "correspondent", "editor", "mp", "mep", "counterpart", "boss", "coach", "manager", "officer");

  /** Words that modify a role ("Deputy Foreign Minister", "Secretary of State"). */
  private static final Set<String> MODIFIERS = Set.of(
      "deputy", "vice", "foreign", "defence", "defense", "prime", "interior", "finance", "health",
      "assistant", "senior", "acting", "former", "first", "national", "security", "state", "affairs",
      "justice", "economy", "trade", "energy", "executive", "permanent", "special", "top", "lead",
      "press", "military", "under", "general", "chief", "supreme", "high", "lieutenant", "major",
      "commissioner", "presidential", "white", "house", "economic", "home", "environment");

  /** Labels that qualify a role ("Russian", "Kremlin", "US", "NATO") but are not part of it. */
  private static final Set<String> QUALIFIER_TAGS = Set.of(
      "NATIONALITY", "COUNTRY", "ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE", "MISC");

  private static final int MAX_ROLE_TOKENS = 8;

  private final Doc doc;

  RoleFinder(Doc doc) {
    this.doc = doc;
  }

  /** The role stated for the person named by tokens [start, end), or null. */
  Role find(int start, int end) {
    Role before = before(start);
    return before != null ? before : after(end);
  }

  private Role before(int start) {
    List<Tok> toks = doc.tokens();
    int sentence = toks.get(start).sentence();
    int from = start;
    while (from > 0 && start - from < MAX_ROLE_TOKENS) {
      Tok t = toks.get(from - 1);
      if (t.sentence() != sentence || !(isRoleWord(t) || isQualifier(t) || isConnector(t, toks, from - 1))) {
        break;
      }
      from--;
    }
    return build(from, start);
  }

  /** ", (the|a|his|...)? [qualifier|title]+ (,|.|who)" right after the name. */
  private Role after(int end) {
    List<Tok> toks = doc.tokens();
    if (end >= toks.size() || !toks.get(end).text().equals(",")) {
      return null;
    }
    int sentence = toks.get(end).sentence();
    int i = end + 1;
    if (i < toks.size() && Set.of("the", "a", "an", "its", "his", "her", "their").contains(toks.get(i).lower())) {
      i++;
    }
    int from = i;
    while (i < toks.size() && i - from < MAX_ROLE_TOKENS && toks.get(i).sentence() == sentence) {
      Tok t = toks.get(i);
      if (!(isRoleWord(t) || isQualifier(t) || isConnector(t, toks, i))) {
        break;
      }
      i++;
    }
    if (i >= toks.size() || toks.get(i).sentence() != sentence) {
      return null;
    }
    String next = toks.get(i).lower();
    if (!(next.equals(",") || next.equals(".") || next.equals("who") || next.equals(";"))) {
      return null;
    }
    return build(from, i);
  }

  /** Trims connectors at both ends and requires a head word; null when none is left. */
  private Role build(int from, int to) {
    List<Tok> toks = doc.tokens();
    while (from < to && (isConnectorWord(toks.get(from)) || toks.get(from).isPunct())) {
      from++;
    }
    while (to > from && isConnectorWord(toks.get(to - 1))) {
      to--;
    }
    boolean head = false;
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Tok t = toks.get(i);
      if (isHead(t)) {
        head = true;
      }
      if (isRoleWord(t) || (isConnectorWord(t) && i > from && !words.isEmpty() && !t.text().endsWith("s"))) {
        words.add(t.text());
      }
    }
    if (!head || words.isEmpty()) {
      return null;
    }
    while (!words.isEmpty() && isConnectorText(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return new Role(titleCase(words), doc.covered(from, to));
  }

  /**
   * One case for a role however the source wrote it: "foreign minister" (after a comma, in lower
   * case) and "Foreign Minister" (before the name) are one role, shown as "Foreign Minister";
   * connectors stay lower case ("Secretary of State"), abbreviations as written ("CEO").
   */
  static String titleCase(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (isConnectorText(w.toLowerCase(Locale.ROOT))) {
        out.add(w.toLowerCase(Locale.ROOT));
      } else if (w.chars().anyMatch(Character::isUpperCase)) {
        out.add(w); // "Foreign", "CEO", "McKinsey": as written
      } else {
        out.add(capitalise(w));
      }
    }
    return String.join(" ", out);
  }

  /** "secretary-general" → "Secretary-General". */
  private static String capitalise(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean start = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == '-';
    }
    return b.toString();
  }

  private static boolean isHead(Tok t) {
    return "TITLE".equals(t.ner()) && !MODIFIERS.contains(t.lower()) || HEADS.contains(t.lower());
  }

  private static boolean isRoleWord(Tok t) {
    String w = t.lower();
    if (QUALIFIER_TAGS.contains(t.ner()) && !HEADS.contains(w) && !MODIFIERS.contains(w)) {
      return false;
    }
    return "TITLE".equals(t.ner()) || HEADS.contains(w) || MODIFIERS.contains(w);
  }

  private static boolean isQualifier(Tok t) {
    if (QUALIFIER_TAGS.contains(t.ner())) {
      return true;
    }
    // Without fine-grained NER, "U.S." and "Kremlin" come as LOCATION/ORGANIZATION or not at all.
    String w = t.text();
    return w.equals("U.S.") || w.equals("US") || w.equals("Kremlin") || w.equals("NATO") || w.equals("UN");
  }

  /** "of" inside "Secretary of State", a possessive after "Russia", "and" between titles. */
  private static boolean isConnector(Tok t, List<Tok> toks, int i) {
    return isConnectorWord(t);
  }

  private static boolean isConnectorWord(Tok t) {
    return isConnectorText(t.lower());
  }

  private static boolean isConnectorText(String w) {
    return w.equals("of") || w.equals("'s") || w.equals("’s") || w.equals("and") || w.equals("-")
        || w.equals("for");
  }

  /** Whether the word names a person by office or function on its own ("minister", "diplomat", "spokesman"). */
  public static boolean isRoleHead(String word) {
    return HEADS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isTitleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return HEADS.contains(w) || MODIFIERS.contains(w);
  }
}
