package org.storyfuse.eval.cli;

import picocli.CommandLine.Command;

/** {@code storyfuse eval ...}: quality measurements over labelled data, printed as tables. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on labelled data (dev sets in ../shared/data) and prints a table.",
    subcommands = {
      EvalSeedsCommand.class,
      EvalAnalysisCommand.class,
      EvalExtractionCommand.class,
      EvalTrainExtractionCommand.class,
      EvalClusteringCommand.class,
      EvalTrainClusteringCommand.class,
      EvalRougeCommand.class,
      EvalBriefCommand.class,
      EvalQuotesCommand.class,
      EvalWordingsCommand.class,
      EvalAlignmentCommand.class,
      EvalProfilesCommand.class,
      EvalTrainTaggersCommand.class,
      EvalTaggersCommand.class
    })
final class EvalCommand {}
