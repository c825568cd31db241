package workshop.kit.maintain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * For maintainers: records the step modules' sources, as they are now, as the starters the workshop
 * ships (workshop-kit/pristine-starters.txt: one git blob id and path per line). Run it after
 * changing a starter on purpose, from the repository root, with the plain JDK:
 *
 * <pre>java workshop-kit/grading/src/test/java/workshop/kit/maintain/RecordStarters.java</pre>
 *
 * Then commit the starter and the list together: tools read the starters from git by these ids.
 * With {@code --check} it changes nothing and exits 1 if the list is not up to date.
 */
public final class RecordStarters {
  static final Path LIST = Path.of("workshop-kit", "pristine-starters.txt");

  public static void main(String[] args) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    String list = render(root);
    boolean check = args.length > 0 && args[0].equals("--check");
    String current = Files.exists(root.resolve(LIST)) ? Files.readString(root.resolve(LIST)) : "";
    if (check) {
      if (!current.equals(list)) {
        System.err.println(LIST + " is not up to date with the step modules' sources. Record them: java " + sourcePath());
        System.exit(1);
      }
      System.out.println(LIST + " is up to date.");
      return;
    }
    Files.writeString(root.resolve(LIST), list);
    System.out.println("Recorded " + (list.lines().filter(line -> !line.startsWith("#")).count()) + " starter files in " + LIST + ".");
  }

  static String render(Path root) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# The starters the workshop ships: every step module's sources, as git blob ids (`git hash-object FILE`).");
    lines.add("# Tools that need a starter as shipped (the starter gate, the reference-solution builds, the docs");
    lines.add("# tests) read it from git by these ids, never from a learner's working copy. Written by");
    lines.add("# java " + sourcePath() + " (see CONTRIBUTING.md).");
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(dir -> Files.isRegularFile(dir.resolve("serverless.yml"))).sorted().toList()) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
            lines.add(blobId(Files.readAllBytes(file)) + " " + root.relativize(file).toString().replace('\\', '/'));
          }
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  static String blobId(byte[] content) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha1.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sourcePath() {
    return "workshop-kit/grading/src/test/java/workshop/kit/maintain/RecordStarters.java";
  }
}
