package org.storyfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A heap that runs out, even in a worker thread whose error comes back wrapped, gets one line saying what to do. */
class OutOfMemoryAdviceTest {

  @Test
  void anOutOfMemoryErrorWrappedByAWorkerPoolIsRecognised() {
    Throwable wrapped = new IllegalStateException("fusion failed",
        new ExecutionException(new OutOfMemoryError("Java heap space")));
    assertThat(StoryfuseCli.outOfMemory(wrapped)).isTrue();
    assertThat(StoryfuseCli.outOfMemory(new IllegalArgumentException("no article could be read"))).isFalse();
  }

  @Test
  void theAdviceNamesTheHeapAndHowToRaiseIt() {
    assertThat(StoryfuseCli.outOfMemoryAdvice()).contains("out of memory", " MB)", "STORYFUSE_JAVA_OPTS=-Xmx4g")
        .doesNotContain("\n");
  }
}
