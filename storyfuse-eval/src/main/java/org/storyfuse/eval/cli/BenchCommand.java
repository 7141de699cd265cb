package org.storyfuse.eval.cli;

import picocli.CommandLine.Command;

/** {@code storyfuse bench ...}: speed and memory measurements, printed as tables. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures speed and memory of a pipeline stage and prints a table (see docs/BENCHMARKS.md).",
    subcommands = {BenchPipelineCommand.class, BenchCorpusCommand.class, BenchBriefCommand.class, BenchAnalyzeCommand.class, BenchClusterCommand.class, BenchStoreCommand.class, BenchServeCommand.class})
final class BenchCommand {}
