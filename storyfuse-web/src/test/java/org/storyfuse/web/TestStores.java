package org.storyfuse.web;

import org.storyfuse.analyze.Analyzer;
import org.storyfuse.analyze.Profile;
import org.storyfuse.store.Store;

/**
 * Where the web tests get their {@link Store}. The server depends on the interface only; to run the
 * end-to-end test on another implementation, change {@link #endToEnd()} alone.
 */
public final class TestStores {

  private TestStores() {}

  /** The store the browser end-to-end test ingests the seeds into: briefs with quotes need analysis. */
  public static Store endToEnd() {
    return new PipelineBackedStore(new Analyzer(Profile.FAST));
  }

  /** A fast store for API tests: briefs without the analysis stage. */
  public static Store withoutAnalysis() {
    return new PipelineBackedStore(null);
  }
}
