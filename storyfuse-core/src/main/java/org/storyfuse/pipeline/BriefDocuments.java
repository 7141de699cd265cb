package org.storyfuse.pipeline;

import org.storyfuse.model.Brief;
import org.storyfuse.render.BriefJson;
import org.storyfuse.store.ChangeSet;

/** A brief as the store keeps it: its JSON and the columns the story list and full-text search read. */
final class BriefDocuments {

  private BriefDocuments() {}

  static ChangeSet.BriefDocument of(Brief brief, int articles) {
    int sources = (int) brief.sources().stream().filter(s -> s.duplicateOf() == null).count();
    StringBuilder search = new StringBuilder();
    brief.summary().forEach(s -> search.append(s.text()).append('\n'));
    brief.quotes().forEach(q -> search.append(q.speaker() == null ? "" : q.speaker() + ": ").append(q.text()).append('\n'));
    return new ChangeSet.BriefDocument(brief.storyId(), brief.headline(), articles, sources,
        brief.timeSpan() == null ? null : brief.timeSpan().first(),
        brief.timeSpan() == null ? null : brief.timeSpan().last(),
        BriefJson.write(brief), search.toString());
  }
}
