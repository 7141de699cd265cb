package org.storyfuse.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sorted-array map claim alignment hands each sentence: a map like the sorted one it replaced. */
class SourceMapTest {

  @Test
  void answersAndIteratesAsASortedMapOfTheSameEntries() {
    int[] sources = {2, 5, 9, 40, 0};
    Object[] values = {"b", "e", "i", "z", "unused"};
    Map<Integer, String> map = SourceMap.of(sources, values, 4);
    Map<Integer, String> expected = new TreeMap<>(Map.of(2, "b", 5, "e", 9, "i", 40, "z"));
    assertThat(map).isEqualTo(expected).hasSize(4);
    assertThat(map.get(9)).isEqualTo("i");
    assertThat(map.get(3)).isNull();
    assertThat(map.get("9")).isNull();
    assertThat(map.containsKey(40)).isTrue();
    assertThat(map.containsKey(0)).isFalse();
    assertThat(map.containsValue("e")).isTrue();
    assertThat(List.copyOf(map.keySet())).containsExactly(2, 5, 9, 40);
    assertThat(List.copyOf(map.values())).containsExactly("b", "e", "i", "z");
    List<String> seen = new ArrayList<>();
    map.forEach((k, v) -> seen.add(k + v));
    assertThat(seen).containsExactly("2b", "5e", "9i", "40z");
    assertThat(map.hashCode()).isEqualTo(expected.hashCode());
  }

  @Test
  void keepsItsOwnCopyAndIsEmptyWithoutEntries() {
    int[] sources = {1, 3};
    Object[] values = {"a", "c"};
    Map<Integer, String> map = SourceMap.of(sources, values, 2);
    sources[0] = 7;
    values[0] = "x";
    assertThat(map).containsEntry(1, "a");
    assertThat(SourceMap.of(new int[0], new Object[0], 0)).isEmpty();
  }
}
