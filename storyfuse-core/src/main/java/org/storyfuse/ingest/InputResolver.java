package org.storyfuse.ingest;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.storyfuse.ingest.formats.Reasons;

/**
 * Turns the user's inputs (files, directories, glob patterns) into the list of files to read.
 * Directories and globs skip hidden entries and files that are plainly not articles: silently
 * binary ones (images, media, archives, fonts), with a notice text files that are documentation,
 * licences, data, code or configuration by their name ("README.md", "LICENSE", "data.csv").
 * A file named explicitly is always read.
 */
final class InputResolver {

  /** One file to read and the name it goes by in origins and messages. */
  record InputFile(Path path, String origin) {}

  /** The files, sorted by origin, and the problems with inputs that named no readable file. */
  record Resolved(List<InputFile> files, List<IngestProblem> problems, List<IngestProblem> notices) {}

  private static final Set<String> NON_ARTICLE_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "svg", "tif", "tiff", "heic", "avif",
          "mp3", "mp4", "m4a", "wav", "ogg", "flac", "avi", "mov", "mkv", "webm",
          "woff", "woff2", "ttf", "otf", "eot",
          "zip", "tar", "tgz", "7z", "rar", "bz2", "xz", "zst", "jar", "war",
          "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
          "exe", "dll", "so", "dylib", "class", "o", "pyc", "wasm",
          "css", "js", "mjs", "map", "db", "sqlite", "parquet");

  /**
   * Names of files that sit beside articles but are not articles: project and dataset
   * documentation, licences, notes. Matched on the name without its extensions, case-insensitive.
   */
  private static final Set<String> NON_ARTICLE_NAMES =
      Set.of(
          "readme", "license", "licence", "copying", "copyright", "notice", "changelog", "changes",
          "history", "authors", "contributors", "contributing", "code_of_conduct", "security",
          "install", "todo", "manifest", "makefile", "dockerfile", "sources", "citation", "credits",
          "acknowledgements", "acknowledgments", "patents", "maintainers", "codeowners");

  /** Text files that are data, code or configuration, never articles. */
  private static final Set<String> NON_ARTICLE_TEXT_EXTENSIONS =
      Set.of(
          "csv", "tsv", "yml", "yaml", "toml", "ini", "cfg", "conf", "properties", "log", "lock",
          "py", "java", "kt", "scala", "c", "h", "cc", "cpp", "hpp", "rs", "go", "rb", "php", "pl",
          "sh", "bash", "zsh", "bat", "ps1", "sql", "ts", "tsx", "jsx", "gradle", "mk", "cmake",
          "ipynb", "r", "m", "swift", "lua", "vim", "el", "bib", "sty", "cls", "diff", "patch");

  private final List<IngestProblem> problems = new ArrayList<>();
  private final List<IngestProblem> skipped = new ArrayList<>();
  private final Map<Path, InputFile> files = new LinkedHashMap<>();

  Resolved resolve(List<String> inputs) {
    for (String input : inputs) {
      resolveOne(input);
    }
    List<InputFile> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparing(InputFile::origin));
    List<IngestProblem> skippedSorted = new ArrayList<>(skipped);
    skippedSorted.sort(Comparator.comparing(IngestProblem::origin));
    return new Resolved(List.copyOf(sorted), List.copyOf(problems), List.copyOf(skippedSorted));
  }

  private void resolveOne(String input) {
    if (input == null || input.isBlank()) {
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      problems.add(new IngestProblem(input, "not a valid path"));
      return;
    }
    if (!Files.exists(path) && isGlob(input)) {
      expandGlob(input);
    } else if (Files.isDirectory(path)) {
      if (walk(path, Integer.MAX_VALUE, file -> true) == 0) {
        problems.add(new IngestProblem(input, "no article files found"));
      }
    } else if (Files.exists(path)) {
      add(path, originOf(path));
    } else {
      problems.add(new IngestProblem(input, "no such file or directory"));
    }
  }

  /** "seeds/*.txt", "**\/*.html": walks the pattern's fixed leading directories, matching the rest. */
  private void expandGlob(String pattern) {
    String[] segments = pattern.replace('\\', '/').split("/", -1);
    int fixed = 0;
    while (fixed < segments.length - 1 && !isGlob(segments[fixed])) {
      fixed++;
    }
    String prefix = String.join("/", List.of(segments).subList(0, fixed));
    Path base = prefix.isEmpty() ? Path.of(pattern.startsWith("/") ? "/" : ".") : Path.of(prefix);
    String rest = String.join("/", List.of(segments).subList(fixed, segments.length));
    // "*.txt" looks one level deep, "*/*.txt" two; only "**" needs the whole tree
    int depth = rest.contains("**") ? Integer.MAX_VALUE : segments.length - fixed;
    List<PathMatcher> matchers = new ArrayList<>();
    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest));
    if (rest.contains("**/")) {
      // as in shells, "**/" may also match no directory at all: "**/*.html" matches "a.html"
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + rest.replace("**/", "")));
    }
    int found = 0;
    if (Files.isDirectory(base)) {
      found = walk(base, depth, file -> matchers.stream().anyMatch(m -> m.matches(base.relativize(file))));
    }
    if (found == 0) {
      problems.add(new IngestProblem(pattern, "no article files found"));
    }
  }

  /** Adds the wanted article files under {@code start}; returns how many it found (named before or not). */
  private int walk(Path start, int depth, Predicate<Path> wanted) {
    int[] found = {0};
    try {
      Files.walkFileTree(
          start,
          EnumSet.noneOf(FileVisitOption.class), // directory links are not followed: no loops
          depth,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // Files.isRegularFile follows a link to a file, so linked articles are read
              if (!isHidden(file) && Files.isRegularFile(file) && looksLikeArticle(file) && wanted.test(file)) {
                String notArticle = notArticleByName(file);
                if (notArticle != null) {
                  skipped.add(new IngestProblem(originOf(file), "skipped: not an article (" + notArticle + ")"));
                } else {
                  add(file, originOf(file));
                  found[0]++;
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(new IngestProblem(originOf(file), Reasons.of(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new IngestProblem(originOf(start), Reasons.of(e)));
    }
    return found[0];
  }

  private void add(Path file, String origin) {
    files.putIfAbsent(file.toAbsolutePath().normalize(), new InputFile(file, origin));
  }

  private static String originOf(Path path) {
    String origin = path.normalize().toString();
    return origin.isEmpty() ? path.toString() : origin;
  }

  private static boolean isGlob(String text) {
    return text.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /**
   * Why a text file found in a folder is not an article, by its name ("README.md", "LICENSE",
   * "data.csv"), or null.
   */
  static String notArticleByName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int firstDot = name.indexOf('.');
    String stem = firstDot < 0 ? name : name.substring(0, firstDot);
    if (NON_ARTICLE_NAMES.contains(stem.replace('-', '_'))) {
      return "a " + stem.toUpperCase(Locale.ROOT) + " file";
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    if (NON_ARTICLE_TEXT_EXTENSIONS.contains(ext)) {
      return "a ." + ext + " file: data, code or configuration";
    }
    return null;
  }

  static boolean looksLikeArticle(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 || !NON_ARTICLE_EXTENSIONS.contains(name.substring(dot + 1));
  }
}
