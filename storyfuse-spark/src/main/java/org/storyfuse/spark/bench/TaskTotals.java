package org.storyfuse.spark.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums Spark's task metrics per phase of the job (the job description {@code SparkBriefJob} sets
 * before each phase's actions): executor CPU and run time, shuffle bytes written and read, and the
 * largest peak execution memory of a task.
 */
public final class TaskTotals extends SparkListener {

  /** One phase's sums. */
  public static final class Totals {
    public long tasks;
    public long cpuNanos;
    public long runMillis;
    public long shuffleWriteBytes;
    public long shuffleReadBytes;
    public long peakTaskMemory;

    synchronized void add(TaskMetrics m) {
      tasks++;
      cpuNanos += m.executorCpuTime();
      runMillis += m.executorRunTime();
      shuffleWriteBytes += m.shuffleWriteMetrics().bytesWritten();
      shuffleReadBytes += m.shuffleReadMetrics().totalBytesRead();
      peakTaskMemory = Math.max(peakTaskMemory, m.peakExecutionMemory());
    }
  }

  private final Map<Integer, String> phaseOfStage = new ConcurrentHashMap<>();
  private final Map<String, Totals> byPhase = new ConcurrentHashMap<>();

  @Override
  public void onJobStart(SparkListenerJobStart job) {
    String phase = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
    String name = phase == null ? "other" : phase;
    scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds())
        .forEach(id -> phaseOfStage.put((Integer) id, name));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd task) {
    if (task.taskMetrics() == null) {
      return;
    }
    String phase = phaseOfStage.getOrDefault(task.stageId(), "other");
    byPhase.computeIfAbsent(phase, p -> new Totals()).add(task.taskMetrics());
  }

  /** Phase name to its sums, by name. */
  public Map<String, Totals> byPhase() {
    return new TreeMap<>(byPhase);
  }

  public long shuffleWriteBytes() {
    return byPhase.values().stream().mapToLong(t -> t.shuffleWriteBytes).sum();
  }

  public long cpuNanos() {
    return byPhase.values().stream().mapToLong(t -> t.cpuNanos).sum();
  }
}
