package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links entities across articles by name: equal keys ({@link EntityNames#key}: "U.S." = "United
 * States", "Nato" = "NATO"), a person's bare surname to the one full name across the set that ends
 * with it ("Putin" in one outlet, "Vladimir Putin" in another), and a one-word name to the one
 * organisation it opens ("Kestrel" → "Kestrel Motors"). Output is deterministic: most
 * mentioned first, then by name.
 */
public final class EntityLinker {

  private EntityLinker() {}

  public static List<Entity> link(List<AnalyzedArticle> articles) {
    Map<String, List<Entity>> byKey = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Entity e : a.entities()) {
        byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, String> target = surnameTargets(byKey);
    shortOrganisationTargets(byKey).forEach(target::putIfAbsent);
    Map<String, List<Entity>> merged = new LinkedHashMap<>();
    byKey.forEach((key, list) -> merged.computeIfAbsent(target.getOrDefault(key, key), k -> new ArrayList<>())
        .addAll(list));

    List<Entity> out = new ArrayList<>();
    merged.forEach((key, list) -> {
      String name = list.get(0).name();
      Set<String> roles = new LinkedHashSet<>();
      Set<String> articleIds = new LinkedHashSet<>();
      int mentions = 0;
      List<EntityKind> kinds = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (Entity e : list) {
        if (e.name().length() > name.length()) {
          name = e.name();
        }
        e.roles().forEach(r -> {
          if (roles.stream().noneMatch(x -> x.equalsIgnoreCase(r))) {
            roles.add(r);
          }
        });
        articleIds.addAll(e.articleIds());
        mentions += e.mentions();
        for (int i = 0; i < e.mentions(); i++) {
          kinds.add(e.kind());
          tags.add(e.nerTag());
        }
      }
      out.add(new Entity(name, key, EntityExtractor.majority(kinds), EntityExtractor.majority(tags),
          List.copyOf(roles), mentions, List.of(), List.copyOf(articleIds)));
    });
    out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
    return out;
  }

  /**
   * One-word key of a person or an organisation → the unique two-word organisation key it opens
   * ("Kestrel says owners should…", which the NER may call a person, is "Kestrel Motors"; "Oxfam" is
   * "Oxfam International"). A place is never merged into a body named after it ("Iran" stays apart
   * from "Iran Air"), nor a body into a longer one that is a part of it ("Senate" and "Senate Armed
   * Services Committee").
   */
  private static Map<String, String> shortOrganisationTargets(Map<String, List<Entity>> byKey) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : byKey.keySet()) {
      EntityKind kind = byKey.get(key).get(0).kind();
      if (key.contains(" ") || (kind != EntityKind.PERSON && kind != EntityKind.ORGANIZATION)) {
        continue;
      }
      List<String> full = byKey.keySet().stream()
          .filter(k -> k.startsWith(key + " ") && k.indexOf(' ') == k.lastIndexOf(' '))
          .filter(k -> byKey.get(k).get(0).kind() == EntityKind.ORGANIZATION)
          .toList();
      boolean personName = byKey.keySet().stream().anyMatch(k -> !k.equals(key)
          && byKey.get(k).get(0).kind() == EntityKind.PERSON && (k.startsWith(key + " ") || k.endsWith(" " + key)));
      if (full.size() == 1 && !personName) {
        out.put(key, full.get(0));
      }
    }
    return out;
  }

  /** One-word person key → the unique multi-word person key ending with it. */
  private static Map<String, String> surnameTargets(Map<String, List<Entity>> byKey) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : byKey.keySet()) {
      if (key.contains(" ") || byKey.get(key).get(0).kind() != EntityKind.PERSON) {
        continue;
      }
      List<String> full = byKey.keySet().stream()
          .filter(k -> EntityNames.endsWithWord(k, key))
          .filter(k -> byKey.get(k).get(0).kind() == EntityKind.PERSON)
          .toList();
      if (full.size() == 1) {
        out.put(key, full.get(0));
      }
    }
    return out;
  }
}
