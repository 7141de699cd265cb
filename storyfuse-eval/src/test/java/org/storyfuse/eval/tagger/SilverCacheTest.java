package org.storyfuse.eval.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfuse.analyze.SilverTags.TaggedSentence;

class SilverCacheTest {

  @Test
  void tokensThatLookLikeMarkersReadBackAsTokens(@TempDir Path dir) throws Exception {
    Map<String, List<TaggedSentence>> tagged = new LinkedHashMap<>();
    tagged.put("a1\tsome/file.jsonl\t1f", List.of(
        new TaggedSentence(new String[] {"#Ukraine", "A", "T"}, new String[] {"NN", "DT", "NNP"},
            new String[] {"O", "O", "B-LOCATION"}),
        new TaggedSentence(new String[] {"tab\there"}, new String[] {"NN"}, new String[] {"O"})));
    tagged.put("a2\tother\t2e", List.of());
    Path file = dir.resolve("cache.tsv.gz");
    SilverCache.write(file, tagged);
    Map<String, List<TaggedSentence>> read = SilverCache.read(file);
    assertThat(read.keySet()).containsExactly("a1\tsome/file.jsonl\t1f", "a2\tother\t2e");
    assertThat(read.get("a1\tsome/file.jsonl\t1f")).hasSize(2);
    assertThat(read.get("a1\tsome/file.jsonl\t1f").get(0).words()).containsExactly("#Ukraine", "A", "T");
    assertThat(read.get("a1\tsome/file.jsonl\t1f").get(0).bio()).containsExactly("O", "O", "B-LOCATION");
    assertThat(read.get("a1\tsome/file.jsonl\t1f").get(1).words()).containsExactly("tab_here");
    assertThat(read.get("a2\tother\t2e")).isEmpty();
  }
}
