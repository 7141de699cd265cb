package org.storyfuse.analyze;

import java.util.Map;
import org.storyfuse.analyze.TimeRules.Found;

/** Undated references to the present or the past: "now", "currently", "current" (an adjective), "recently". */
final class ReferenceRule {

  private static final Map<String, String> REFERENCES = Map.of(
      "now", "PRESENT_REF", "currently", "PRESENT_REF", "nowadays", "PRESENT_REF", "recently", "PAST_REF",
      "lately", "PAST_REF");

  private ReferenceRule() {}

  static Found at(TimeReading r, int i) {
    String ref = REFERENCES.get(r.w(i));
    if (ref != null) {
      return new Found(i, i + 1, "DATE", ref);
    }
    if (r.w(i).equals("current") && r.pos(i).startsWith("JJ")) {
      return new Found(i, i + 1, "DATE", "PRESENT_REF");
    }
    return null;
  }
}
