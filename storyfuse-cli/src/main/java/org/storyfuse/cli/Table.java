package org.storyfuse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with aligned columns, the shape every eval and bench command prints. */
public final class Table {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public Table(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  public Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    String[] r = new String[columns];
    for (int i = 0; i < columns; i++) {
      r[i] = format(cells[i]);
    }
    rows.add(r);
    return this;
  }

  private static String format(Object cell) {
    if (cell instanceof Double d) {
      return String.format(Locale.ROOT, "%.3f", d);
    }
    if (cell instanceof Float f) {
      return String.format(Locale.ROOT, "%.3f", f);
    }
    return cell == null ? "" : cell.toString();
  }

  @Override
  public String toString() {
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < rows.size(); n++) {
      String[] r = rows.get(n);
      for (int i = 0; i < columns; i++) {
        out.append(i == 0 ? "| " : " | ").append(pad(r[i], width[i]));
      }
      out.append(" |\n");
      if (n == 0) {
        for (int i = 0; i < columns; i++) {
          out.append(i == 0 ? "|" : "|").append("-".repeat(width[i] + 2));
        }
        out.append("|\n");
      }
    }
    return out.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }
}
