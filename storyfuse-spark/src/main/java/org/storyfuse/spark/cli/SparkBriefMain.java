package org.storyfuse.spark.cli;

import picocli.CommandLine;

/**
 * The entry point {@code spark-submit} runs on a cluster: the arguments of {@code storyfuse spark
 * brief} (without {@code --master}: spark-submit sets it).
 *
 * <pre>
 * spark-submit --class org.storyfuse.spark.cli.SparkBriefMain --jars "$(ls storyfuse-cli/target/lib/*.jar | tr '\n' ,)" \
 *   storyfuse-spark/target/storyfuse-spark.jar s3a://bucket/cc-news/2026/12/*.warc.gz --out s3a://bucket/briefs/2026-12
 * </pre>
 */
public final class SparkBriefMain {

  private SparkBriefMain() {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkBriefCommand());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("storyfuse: spark brief: " + ex.getMessage());
      return 1;
    });
    System.exit(cli.execute(args));
  }
}
