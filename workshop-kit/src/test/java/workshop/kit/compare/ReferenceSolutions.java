package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import workshop.accounts.clients.Settings;
import workshop.kit.docs.DocsSnippets;

/**
 * The reference solution of each step, compiled here for the comparison's tests.
 *
 * <p>The kit cannot depend on the step modules (they depend on it), and Maven builds it first, so
 * their classes do not exist yet when its tests run. This compiles what {@code ./workshop compare}
 * runs by default instead: each step's sources with the files of {@code solutions/<module>} laid
 * over them (as the step modules' build does), with the JDK's own compiler, once per test JVM.
 */
final class ReferenceSolutions {
  private static final Map<String, String[]> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("step-1", new String[] {"step-1-no-cache", "The service on DynamoDB alone"});
    STEPS.put("step-2", new String[] {"step-2-read-aside", "Read-aside caching"});
    STEPS.put("step-3", new String[] {"step-3-write-aside", "Write-aside caching"});
  }

  private static ClassLoader compiled;

  private ReferenceSolutions() {}

  /** The steps named, e.g. "step-2", "step-3", running their reference solutions. */
  static List<StepUnderTest> steps(String... names) {
    List<StepUnderTest> steps = new ArrayList<>();
    for (String name : names) {
      String[] moduleAndTitle = STEPS.get(name);
      Path module = DocsSnippets.repoRoot(Path.of("")).resolve(moduleAndTitle[0]);
      String handlerClass = handlerClassOf(module.resolve("serverless.yml"));
      ClassLoader loader = compiled();
      steps.add(new StepUnderTest(name, moduleAndTitle[1], settings -> create(loader, handlerClass, settings)));
    }
    return steps;
  }

  @SuppressWarnings("unchecked")
  private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> create(ClassLoader loader,
      String handlerClass, Settings settings) {
    try {
      // As the Lambda runtime does: the class by name, its constructor taking the settings.
      return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
          loader.loadClass(handlerClass).getConstructor(Settings.class).newInstance(settings);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + handlerClass, e);
    }
  }

  private static String handlerClassOf(Path serverlessYml) {
    try {
      Matcher handler = Pattern.compile("(?m)^\\s*handler:\\s*(\\S+)").matcher(Files.readString(serverlessYml));
      assertThat(handler.find()).as("a handler: line in " + serverlessYml).isTrue();
      return handler.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized ClassLoader compiled() {
    if (compiled != null) {
      return compiled;
    }
    try {
      Path root = DocsSnippets.repoRoot(Path.of(""));
      Path sources = Files.createTempDirectory("reference-solutions-src");
      Path classes = Files.createTempDirectory("reference-solutions-classes");
      for (String[] moduleAndTitle : STEPS.values()) {
        copyTree(root.resolve(moduleAndTitle[0]).resolve("src/main/java"), sources);
        copyTree(root.resolve("solutions").resolve(moduleAndTitle[0]).resolve("src/main/java"), sources); // the solution wins
      }
      List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", testClasspath(), "-proc:none", "-nowarn"));
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
      assertThat(status).as("compiling the reference solutions:\n" + errors.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
      compiled = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ReferenceSolutions.class.getClassLoader());
      return compiled;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire may hide the real class path behind a manifest-only jar; it names it in this property too. */
  private static String testClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString().replace(File.separatorChar, '/'));
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
