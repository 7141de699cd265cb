package org.storyfuse.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.storyfuse.ingest.Ingestor;

/**
 * Turns the inputs (files, folders, globs on any Hadoop file system: local, HDFS, S3 through s3a)
 * into the list of files to read, on the driver: a listing is names only, however large the
 * corpus. Folders are walked as {@code storyfuse brief} walks them: hidden files skipped, and files
 * that are not articles (a README, a .csv) skipped with a note ({@link Ingestor#notAnArticle}).
 */
final class InputListing {

  /** The files in path order, with the inputs that named none and the files skipped. */
  record Listing(List<Records.InputFile> files, List<Records.Problem> problems, List<Records.Problem> notes) {}

  private InputListing() {}

  static Listing list(Configuration conf, List<String> inputs) {
    TreeMap<String, String> files = new TreeMap<>(); // origin → where to read it
    List<Records.Problem> problems = new ArrayList<>();
    List<Records.Problem> notes = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(new Records.Problem(input, "no such file or directory"));
          continue;
        }
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            int found = walk(fs, match.getPath(), relativeTo(input), files, notes);
            if (found == 0) {
              problems.add(new Records.Problem(input, "no article files found"));
            }
          } else {
            files.put(origin(match.getPath(), relativeTo(input)), match.getPath().toString());
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Records.Problem(input, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    List<Records.InputFile> out = new ArrayList<>();
    files.forEach((origin, uri) -> out.add(new Records.InputFile(out.size(), uri, origin)));
    return new Listing(out, problems, notes);
  }

  private static int walk(FileSystem fs, Path dir, java.nio.file.Path relativeTo, TreeMap<String, String> files,
      List<Records.Problem> notes) throws IOException {
    int found = 0;
    String root = dir.toUri().getPath();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String relative = f.getPath().toUri().getPath().substring(Math.min(root.length(), f.getPath().toUri().getPath().length()));
      if (hidden(relative)) {
        continue;
      }
      String reason = Ingestor.notAnArticle(java.nio.file.Path.of(f.getPath().getName()));
      if (reason != null) {
        if (!reason.matches("a \\.[a-z0-9]+ file")) { // binary formats are passed over silently, as locally
          notes.add(new Records.Problem(origin(f.getPath(), relativeTo), "skipped: not an article (" + reason + ")"));
        }
        continue;
      }
      files.put(origin(f.getPath(), relativeTo), f.getPath().toString());
      found++;
    }
    return found;
  }

  private static boolean hidden(String relative) {
    for (String segment : relative.split("/")) {
      if (segment.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The working folder when an input is a relative local path ("samples/corpus"): its files are
   * then named relative to it, as {@code storyfuse brief} names them; null otherwise.
   */
  private static java.nio.file.Path relativeTo(String input) {
    boolean relative = !input.startsWith("/") && !input.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    return relative ? java.nio.file.Path.of("").toAbsolutePath() : null;
  }

  /** A local file by its path (relative when the input was), anything else by its URI. */
  static String origin(Path p, java.nio.file.Path relativeTo) {
    if (!"file".equals(p.toUri().getScheme()) && p.toUri().getScheme() != null) {
      return p.toString();
    }
    java.nio.file.Path local = java.nio.file.Path.of(p.toUri().getPath());
    return relativeTo == null ? local.toString() : relativeTo.relativize(local).normalize().toString();
  }
}
