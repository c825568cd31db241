package workshop.kit.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds the Docker fallback ({@link DockerDynamoDb}), loading its module only when it is needed:
 * first on the classpath (the module's own tests), then from the workshop-localstack module's build
 * in the repository ({@code workshop-localstack/target/classes} and its libraries in {@code
 * target/lib}), in a class loader of its own over the kit's. A learner with moto never loads it.
 */
final class DockerBackends {
  static final Path MODULE = Path.of("workshop-localstack");

  private DockerBackends() {}

  static Optional<DockerDynamoDb> find() {
    Optional<DockerDynamoDb> onClasspath = ServiceLoader.load(DockerDynamoDb.class, DockerBackends.class.getClassLoader()).findFirst();
    if (onClasspath.isPresent()) {
      return onClasspath;
    }
    Path module = Path.of(System.getProperty("workshop.root", ".")).resolve(MODULE).resolve("target");
    if (!Files.isDirectory(module.resolve("classes")) || !Files.isDirectory(module.resolve("lib"))) {
      return Optional.empty();
    }
    // Lives as long as the JVM: the backend it starts is in use until then.
    URLClassLoader loader = new URLClassLoader("workshop-localstack", urls(module), DockerBackends.class.getClassLoader());
    return ServiceLoader.load(DockerDynamoDb.class, loader).findFirst();
  }

  /** Whether Docker answers, without loading anything when the module is not built. */
  static boolean dockerAvailable() {
    return find().map(DockerDynamoDb::dockerAvailable).orElse(false);
  }

  private static URL[] urls(Path target) {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
      urls.add(target.resolve("classes").toUri().toURL());
      for (Path jar : jars.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return urls.toArray(URL[]::new);
  }
}
