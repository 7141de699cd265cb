package org.storyfuse.fuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.storyfuse.analyze.AnalyzedArticle;
import org.storyfuse.analyze.Entity;
import org.storyfuse.analyze.EntityKind;
import org.storyfuse.analyze.EntityLinker;
import org.storyfuse.model.Brief;

/**
 * The brief's entity list: people, organisations and places linked across the story's articles
 * (by name normalisation, {@link EntityLinker}), with the roles the sources state, most widely
 * carried first.
 */
final class EntityTable {

  private EntityTable() {}

  static List<Brief.Entity> build(List<AnalyzedArticle> analyses, BriefBuilder.SourceTable sources) {
    List<Brief.Entity> out = new ArrayList<>();
    for (Entity e : EntityLinker.link(analyses)) {
      if (e.kind() == EntityKind.OTHER) {
        continue; // nationalities, titles, misc names: context, not actors or places
      }
      TreeSet<Integer> cited = new TreeSet<>();
      e.articleIds().forEach(id -> cited.add(sources.numberOf(id)));
      out.add(new Brief.Entity(e.name(), e.kind().name(), e.roles(), e.mentions(), List.copyOf(cited)));
    }
    out.sort(Comparator.comparingInt((Brief.Entity e) -> -e.sources().size())
        .thenComparingInt(e -> -e.mentions())
        .thenComparing(Brief.Entity::name));
    return out;
  }
}
