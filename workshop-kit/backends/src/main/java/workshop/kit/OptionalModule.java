package workshop.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A part of the tools only some commands need, kept off everyone's classpath: Docker support
 * (workshop-localstack) and the compare report's charts (workshop-charts). Each is a module of its
 * own that provides a service the kit defines. It is found on the classpath when there (the module's
 * own tests), else loaded from the module's build in the repository ({@code <module>/target/classes}
 * and its libraries in {@code <module>/target/lib}) in a class loader of its own over the kit's, the
 * first time a command asks for it.
 */
public final class OptionalModule {
    private static final Map<String, ClassLoader> LOADERS = new ConcurrentHashMap<>();

    private OptionalModule() {}

    /** The service the module provides, if it is on the classpath or built in the repository. */
    public static <T> Optional<T> load(Class<T> service, String module) {
        Optional<T> onClasspath = ServiceLoader.load(service, OptionalModule.class.getClassLoader())
                .findFirst();
        if (onClasspath.isPresent()) {
            return onClasspath;
        }
        Path target = Path.of(System.getProperty("workshop.root", "."))
                .resolve(module)
                .resolve("target");
        if (!Files.isDirectory(target.resolve("classes")) || !Files.isDirectory(target.resolve("lib"))) {
            return Optional.empty();
        }
        // One loader per module, kept for the JVM's life: what it provides may be in use until then.
        ClassLoader loader = LOADERS.computeIfAbsent(
                module, name -> new URLClassLoader(name, urls(target), OptionalModule.class.getClassLoader()));
        return ServiceLoader.load(service, loader).findFirst();
    }

    private static URL[] urls(Path target) {
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            urls.add(target.resolve("classes").toUri().toURL());
            for (Path jar : jars.filter(path -> path.toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
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
