package org.storyfuse.pipeline;

import java.util.List;
import org.storyfuse.model.Brief;
import org.storyfuse.story.Story;

/**
 * What a batch run produced.
 *
 * @param stories    the stories, parallel to {@code briefs}
 * @param briefs     one brief per story, largest story first, then by id
 * @param duplicates input articles dropped because an earlier input was the same article (same
 *                   text and URL)
 */
public record BatchResult(List<Story> stories, List<Brief> briefs, int duplicates) {

  public BatchResult {
    stories = List.copyOf(stories);
    briefs = List.copyOf(briefs);
  }
}
