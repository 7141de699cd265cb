package org.storyfuse.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.storyfuse.ingest.IngestProblem;
import org.storyfuse.ingest.IngestResult;
import org.storyfuse.model.Article;

/**
 * Reads one input file in an executor with the product's {@code Ingestor} (WARC and WARC.gz record
 * by record, JSON/JSONL, feeds, HTML, text): what {@code storyfuse brief} reads from the same file.
 * A file on another file system (HDFS, S3) is first copied to the executor's local disk, since the
 * readers take local files. Nothing here throws for bad input: a bad file or record becomes a
 * {@link Records.Problem} with its path and reason, and the job goes on.
 */
final class FileReading {

  private FileReading() {}

  static List<Records.Read> read(Records.InputFile file, Configuration conf) {
    List<Records.Read> out = new ArrayList<>();
    java.nio.file.Path copy = null;
    try {
      Path path = new Path(file.uri());
      java.nio.file.Path local;
      if (path.toUri().getScheme() == null || "file".equals(path.toUri().getScheme())) {
        local = java.nio.file.Path.of(path.toUri().getPath());
      } else {
        FileSystem fs = path.getFileSystem(conf);
        copy = Files.createTempFile("storyfuse-spark-", "-" + path.getName());
        fs.copyToLocalFile(false, path, new Path(copy.toUri()), true);
        local = copy;
      }
      IngestResult result = Engines.ingestor().ingestFile(local, file.origin());
      int record = 0;
      for (Article a : result.articles()) {
        out.add(new Records.Read(Records.order(file.index(), record++), a, null, null));
      }
      for (IngestProblem p : result.problems()) {
        out.add(new Records.Read(-1, null, new Records.Problem(p.origin(), p.reason()), null));
      }
      for (IngestProblem n : result.notices()) {
        out.add(new Records.Read(-1, null, null, new Records.Problem(n.origin(), n.reason())));
      }
    } catch (IOException | RuntimeException e) {
      // a file system that fails on one file fails that file, not the job
      out.add(new Records.Read(-1, null, new Records.Problem(file.origin(),
          "unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage()), null));
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // the temp folder is the executor's; a leftover copy is harmless
        }
      }
    }
    return out;
  }
}
