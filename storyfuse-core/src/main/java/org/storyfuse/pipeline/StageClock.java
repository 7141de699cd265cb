package org.storyfuse.pipeline;

import java.lang.management.ManagementFactory;

/** Times consecutive pipeline stages: wall time, and the process's CPU time over all its threads. */
final class StageClock {

  private static final java.lang.management.OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

  private long wall;
  private long cpu;

  private StageClock() {
    reset();
  }

  static StageClock start() {
    return new StageClock();
  }

  /** Tells the listener the stage since the last call (or the start) is done, and starts the next. */
  void done(String stage, PipelineListener listener) {
    long w = System.nanoTime();
    long c = processCpu();
    listener.stageDone(stage, w - wall, c < 0 || cpu < 0 ? -1 : c - cpu);
    wall = w;
    cpu = c;
  }

  private void reset() {
    wall = System.nanoTime();
    cpu = processCpu();
  }

  /** The process's CPU nanoseconds, or -1 where the JVM cannot tell. */
  static long processCpu() {
    return OS instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }
}
