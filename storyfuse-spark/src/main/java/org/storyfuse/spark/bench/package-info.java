/**
 * {@code bench spark}: the brief job's speed, memory and shuffle volume on real pages, per Spark
 * master, from Spark's own task metrics ({@link org.storyfuse.spark.bench.TaskTotals}).
 *
 * <p>May import: org.storyfuse.spark, Spark.
 */
package org.storyfuse.spark.bench;
