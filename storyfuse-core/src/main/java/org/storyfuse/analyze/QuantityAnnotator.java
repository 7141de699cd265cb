package org.storyfuse.analyze;

import java.util.ArrayList;
import java.util.List;
import org.storyfuse.text.Sentence;

/**
 * Numbers and amounts in each analysed sentence ({@link QuantityParser}): plain text rules, no
 * CoreNLP, the same in every profile.
 */
final class QuantityAnnotator implements Annotator {

  private final QuantityParser parser = new QuantityParser();

  @Override
  public void annotate(AnalysisContext context) {
    List<Quantity> amounts = new ArrayList<>();
    for (Sentence s : context.analysed()) {
      amounts.addAll(parser.parse(s.text(), s.index()));
    }
    context.setQuantities(amounts);
  }
}
