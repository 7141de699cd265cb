package org.storyfuse.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfuse.ingest.IngestOptions;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.ingest.Ingestor;
import org.storyfuse.pipeline.BatchResult;
import org.storyfuse.pipeline.PipelineListener;
import org.storyfuse.pipeline.StoryPipeline;
import org.storyfuse.render.BriefJson;

/**
 * The whole product path of {@code storyfuse brief PATH... --json FILE}, stage by stage: read and
 * extract (the {@link Ingestor} as the CLI runs it), the pipeline's own stages (repeats, analysis,
 * grouping, fusion: timed by the pipeline itself), and writing the JSON. Nothing here is a copy
 * of product code: it calls the classes `brief` calls, in the same order.
 */
public final class PipelineBenchmark {

  /** One stage of one round: wall and process CPU seconds. */
  public record Stage(String name, double wallSeconds, double cpuSeconds) {}

  /** One round over the inputs. */
  public record Round(int number, int articles, int stories, List<Stage> stages, double peakHeapMb, double peakRssMb) {
    public double wallSeconds() {
      return stages.stream().mapToDouble(Stage::wallSeconds).sum();
    }

    public double cpuSeconds() {
      return stages.stream().mapToDouble(Stage::cpuSeconds).sum();
    }
  }

  private PipelineBenchmark() {}

  public static Round run(int number, List<String> inputs, int threads, StoryPipeline pipeline, Path jsonOut) {
    List<Stage> stages = new ArrayList<>();
    long wall = System.nanoTime();
    long cpu = cpu();
    IngestResult read = new Ingestor(new org.storyfuse.ingest.Extractor(), IngestOptions.defaults().withThreads(threads))
        .ingest(inputs);
    stages.add(new Stage("read + extract", (System.nanoTime() - wall) / 1e9, (cpu() - cpu) / 1e9));
    Map<String, Stage> timed = new LinkedHashMap<>();
    BatchResult result = pipeline.run(read.articles(), new PipelineListener() {
      @Override
      public void stageDone(String stage, long wallNanos, long cpuNanos) {
        timed.put(stage, new Stage(stage, wallNanos / 1e9, cpuNanos / 1e9));
      }
    });
    stages.addAll(timed.values());
    wall = System.nanoTime();
    cpu = cpu();
    try {
      Files.writeString(jsonOut, BriefJson.write(result.briefs()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stages.add(new Stage("write JSON", (System.nanoTime() - wall) / 1e9, (cpu() - cpu) / 1e9));
    return new Round(number, read.articles().size(), result.stories().size(), stages, peakHeapMb(), peakRssMb());
  }

  static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** The sum of the heap pools' peaks since the JVM started. */
  static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc is not there. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
