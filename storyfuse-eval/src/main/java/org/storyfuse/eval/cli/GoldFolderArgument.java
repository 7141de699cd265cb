package org.storyfuse.eval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The DIR argument of the eval commands that score a folder against its gold.json. */
final class GoldFolderArgument {

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/seeds",
      description = "folder with the reports and gold.json (default: ${DEFAULT-VALUE})")
  Path dir;

  /** The folder's reports, ingested, and its gold.json. */
  GoldFolder read() {
    return GoldFolder.read(dir);
  }
}
