package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named-entity mentions from the {@link Doc}'s NER spans ({@link EntityExtractor}: pronouns
 * dropped, surnames linked to full names, acronyms to long names, each person's stated role), in
 * sentence coordinates, and the article's entities merged from them. Leaves the rules' own
 * mentions and each person's first role for the quote step.
 */
final class EntityAnnotator implements Annotator {

  @Override
  public void annotate(AnalysisContext context) {
    Doc doc = context.doc();
    List<Mention> resolved = EntityExtractor.extract(doc);
    List<EntityMention> mentions = new ArrayList<>();
    Map<String, String> roles = new HashMap<>();
    for (Mention m : resolved) {
      Tok first = doc.tokens().get(m.start());
      Tok last = doc.tokens().get(m.end() - 1);
      int s = doc.sentenceAt(first.begin());
      mentions.add(new EntityMention(m.text(), m.kind(), m.nerTag(), doc.sentences().get(s).index(),
          first.begin() - doc.start(s), last.end() - doc.start(s), m.name(), m.key(),
          m.role() == null ? null : m.role().role(), m.role() == null ? null : m.role().text()));
      if (m.role() != null) {
        roles.putIfAbsent(m.key(), m.role().role());
      }
    }
    context.setEntities(resolved, roles, mentions, EntityExtractor.entities(context.article().id(), mentions));
  }
}
