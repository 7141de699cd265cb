package org.storyfuse.fuse;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only map from independent source number to a value, in two arrays sorted by source: what
 * claim alignment hands every sentence (its supporting sources' nodes and scores). A 400-article
 * story has ~11,000 sentences with up to hundreds of such entries each; as linked hash maps their
 * nodes, hashing and iterators were ~8% of a brief's time. Iterates in ascending source order, as
 * the maps it replaced did; {@code get} is a binary search.
 */
final class SourceMap<V> extends AbstractMap<Integer, V> {

  private static final SourceMap<?> EMPTY = new SourceMap<>(new int[0], new Object[0]);

  private final int[] sources;
  private final Object[] values;

  /** @param sources ascending, without repeats; parallel to {@code values} (both kept, not copied) */
  private SourceMap(int[] sources, Object[] values) {
    this.sources = sources;
    this.values = values;
  }

  /** The first {@code size} entries of the parallel arrays, whose sources ascend. */
  static <V> SourceMap<V> of(int[] sources, Object[] values, int size) {
    @SuppressWarnings("unchecked")
    SourceMap<V> empty = (SourceMap<V>) EMPTY;
    return size == 0 ? empty : new SourceMap<>(Arrays.copyOf(sources, size), Arrays.copyOf(values, size));
  }

  @Override
  public int size() {
    return sources.length;
  }

  @Override
  public boolean isEmpty() {
    return sources.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public V get(Object key) {
    int at = indexOf(key);
    return at >= 0 ? value(at) : null;
  }

  @Override
  public boolean containsValue(Object value) {
    for (Object v : values) {
      if (Objects.equals(v, value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void forEach(BiConsumer<? super Integer, ? super V> action) {
    for (int at = 0; at < sources.length; at++) {
      action.accept(sources[at], value(at));
    }
  }

  @Override
  public Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        return new Cursor<>() {
          @Override
          V at(int index) {
            return value(index);
          }
        };
      }

      @Override
      public int size() {
        return sources.length;
      }
    };
  }

  @Override
  public Set<Entry<Integer, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<Integer, V>> iterator() {
        return new Cursor<>() {
          @Override
          Entry<Integer, V> at(int index) {
            return new SimpleImmutableEntry<>(sources[index], value(index));
          }
        };
      }

      @Override
      public int size() {
        return sources.length;
      }
    };
  }

  private int indexOf(Object key) {
    return key instanceof Integer source ? Arrays.binarySearch(sources, source) : -1;
  }

  @SuppressWarnings("unchecked")
  private V value(int at) {
    return (V) values[at];
  }

  /** Walks the entries in source order, handing out what {@link #at} makes of each. */
  private abstract class Cursor<T> implements Iterator<T> {
    private int next;

    abstract T at(int index);

    @Override
    public boolean hasNext() {
      return next < sources.length;
    }

    @Override
    public T next() {
      if (next >= sources.length) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}
