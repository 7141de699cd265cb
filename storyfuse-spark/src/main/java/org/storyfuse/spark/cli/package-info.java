/**
 * The {@code spark brief} and {@code bench spark} commands, added to {@code storyfuse} through
 * {@link org.storyfuse.cli.CommandExtension} when storyfuse-spark.jar and Spark are on the
 * classpath ({@code ./storyfuse} puts them there for these commands only), and {@link
 * org.storyfuse.spark.cli.SparkBriefMain}, the entry point {@code spark-submit} runs on a cluster.
 *
 * <p>May import: org.storyfuse.spark, org.storyfuse.spark.bench, storyfuse-cli, picocli, Spark.
 */
package org.storyfuse.spark.cli;
