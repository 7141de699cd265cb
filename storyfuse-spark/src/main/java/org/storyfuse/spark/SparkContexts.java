package org.storyfuse.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a run: the master spark-submit chose, or the one given (local[N] on one
 * machine). Local runs bind to loopback and start no web UI: a command line run needs neither.
 */
public final class SparkContexts {

  private SparkContexts() {}

  /** @param master e.g. "local[2]"; null: the master spark-submit set, else local[*] */
  public static JavaSparkContext open(String appName, String master) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      // few, small partitions after shuffles: a local run has a handful of cores
      conf.setIfMissing("spark.sql.shuffle.partitions", "8");
    }
    JavaSparkContext sc = new JavaSparkContext(conf);
    sc.setLogLevel("WARN");
    return sc;
  }
}
