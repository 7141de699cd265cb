package org.storyfuse.eval.cli;

import org.storyfuse.cli.ProblemReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.storyfuse.cli.AnalysisOptions;
import org.storyfuse.cli.Table;
import org.storyfuse.eval.LabelledArticles;
import org.storyfuse.eval.OtherWordingCheck;
import org.storyfuse.ingest.Extractor;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.model.Brief;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "wordings",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the briefs of each PATH and checks every other wording listed under a corroborated claim "
          + "(\"in other words: …\") against hand labels: precision = the share of labelled pairs whose "
          + "sentence states the claim's main content (same actors, same action or number). Pairs are "
          + "grouped by their source record's 'cluster' field (a JSON-lines data set's topic) or by PATH; "
          + "the --held-out groups are summed apart from the rest (tune).",
      "Exit status: 0 when every pair shown is labelled, 1 otherwise (write them with --unlabelled)."
    })
final class EvalWordingsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "files, folders or globs, each built on its own (default: ../shared/seeds/*.txt, "
          + "../shared/data/multiling2011-articles.jsonl)")
  List<String> paths = new ArrayList<>();

  @Option(names = "--labels", paramLabel = "TSV",
      description = "the labels (default: ${DEFAULT-VALUE})")
  Path labels = Path.of("storyfuse-eval/src/test/resources/wordings/labels.tsv");

  @Option(names = "--held-out", split = ",", paramLabel = "GROUP",
      description = "groups kept out of tuning (default: ${DEFAULT-VALUE})")
  List<String> heldOut = new ArrayList<>(List.of("M005", "M006", "M007", "M008", "M009"));

  @Option(names = "--unlabelled", paramLabel = "TSV",
      description = "write the pairs no label covers to TSV, in the labels' format with '?' for the label")
  Path unlabelledOut;

  @Option(names = "--list", description = "list every pair labelled 'not the same fact' that the briefs show")
  boolean list;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws IOException {
    List<String> inputs = paths.isEmpty()
        ? List.of("../shared/seeds/*.txt", "../shared/data/multiling2011-articles.jsonl") : paths;
    if (!java.nio.file.Files.isRegularFile(labels)) {
      // the default is relative to the checkout's root, where the other evals' data paths are too
      throw new IllegalArgumentException("no labels at " + labels + ": run from the repository's root or give --labels TSV");
    }
    Map<String, OtherWordingCheck.Label> labelled = OtherWordingCheck.readLabels(labels);
    List<OtherWordingCheck.Pair> pairs = new ArrayList<>();
    for (String path : inputs) {
      IngestResult read = new Ingestor(new Extractor(), IngestOptions.defaults()).ingest(List.of(path));
      ProblemReport.print(read, System.err);
      BatchResult result = analysis.pipeline(org.storyfuse.fuse.BriefBuilder.DEFAULT_WORDS, 2, true)
          .run(read.articles(), PipelineListener.SILENT);
      RecordGroups groups = new RecordGroups(path);
      SentenceSplitter splitter = new SentenceSplitter();
      for (int i = 0; i < result.briefs().size(); i++) {
        Brief brief = result.briefs().get(i);
        pairs.addAll(OtherWordingCheck.pairs(brief, BriefCitations.texts(brief, result.stories().get(i).members(), splitter),
            groups::of));
      }
    }
    List<OtherWordingCheck.Pair> unlabelled = new ArrayList<>();
    Map<String, OtherWordingCheck.Tally> byGroup = new java.util.TreeMap<>(OtherWordingCheck.tally(pairs, labelled,
        unlabelled));
    Table table = new Table("group", "other wordings", "labelled", "state the claim", "precision", "unlabelled");
    OtherWordingCheck.Tally tune = OtherWordingCheck.Tally.EMPTY;
    OtherWordingCheck.Tally held = OtherWordingCheck.Tally.EMPTY;
    for (Map.Entry<String, OtherWordingCheck.Tally> e : byGroup.entrySet()) {
      row(table, e.getKey(), e.getValue());
      if (heldOut.contains(e.getKey())) {
        held = OtherWordingCheck.sum(held, e.getValue());
      } else {
        tune = OtherWordingCheck.sum(tune, e.getValue());
      }
    }
    row(table, "tune (all but held-out)", tune);
    row(table, "held-out " + String.join(",", heldOut), held);
    row(table, "all", OtherWordingCheck.sum(tune, held));
    System.out.print(table);
    if (list) {
      for (OtherWordingCheck.Pair p : pairs) {
        OtherWordingCheck.Label l = labelled.get(OtherWordingCheck.key(p.claim(), p.articleId(), p.sentence()));
        if (l != null && !l.same()) {
          System.out.println("  " + p.group() + ": not the same fact — " + p.claim() + "  ||  " + p.sentenceText());
        }
      }
    }
    if (unlabelledOut != null) {
      List<String> lines = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      for (OtherWordingCheck.Pair p : unlabelled) {
        String line = OtherWordingCheck.unlabelledLine(p);
        if (seen.add(line)) {
          lines.add(line);
        }
      }
      Files.write(unlabelledOut, lines, StandardCharsets.UTF_8);
      System.out.println(lines.size() + " unlabelled pairs written to " + unlabelledOut);
    }
    return unlabelled.isEmpty() ? 0 : 1;
  }

  private static void row(Table table, String group, OtherWordingCheck.Tally t) {
    table.row(group, t.labelled() + t.unlabelled(), t.labelled(), t.same(), EvalQuotesCommand.percent(t.precision()),
        t.unlabelled());
  }

  /**
   * A source's group: the 'cluster' field of its JSON-lines record (origin "FILE#LINE"), else the PATH
   * it was read from.
   */
  private static final class RecordGroups {

    private final String path;
    private final Map<String, Map<Integer, String>> clustersByFile = new LinkedHashMap<>();

    RecordGroups(String path) {
      // "../shared/seeds/*.txt" → "seeds": the folder or file named, without its glob
      Path named = Path.of(path.replaceAll("[*?\\[{].*$", "")).getFileName();
      this.path = named == null ? path : named.toString();
    }

    String of(Brief.Source source) {
      String origin = source.origin();
      int hash = origin == null ? -1 : origin.lastIndexOf('#');
      if (hash < 0 || !origin.substring(0, hash).endsWith(".jsonl")) {
        return path;
      }
      Map<Integer, String> clusters = clustersByFile.computeIfAbsent(origin.substring(0, hash), file -> {
        try {
          return LabelledArticles.clustersByLine(Path.of(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      return clusters.getOrDefault(Integer.parseInt(origin.substring(hash + 1)), path);
    }
  }

}
