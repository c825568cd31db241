package workshop.kit.classroom;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a failed Maven run's output for what it could not download: the artifacts (group, name,
 * type, version) Maven names in its errors, and whether the network was the reason. Maven says
 * these things in a handful of ways, depending on where resolution failed.
 */
final class MavenDownloads {
    private static final String COORDINATES = "([\\w.\\-]+:[\\w.\\-]+(?::[\\w.\\-]+){1,3})";
    private static final List<Pattern> FAILED = List.of(
            Pattern.compile("Could not transfer artifact " + COORDINATES),
            Pattern.compile("Could not find artifact " + COORDINATES),
            Pattern.compile("Plugin " + COORDINATES + " or one of its dependencies could not be resolved"),
            Pattern.compile("the artifact " + COORDINATES + " has not been downloaded from it before"),
            Pattern.compile("Failed to read artifact descriptor for " + COORDINATES),
            Pattern.compile(
                    "Non-resolvable (?:parent|import) POM.*?[Cc]ould not (?:transfer|find) artifact " + COORDINATES),
            Pattern.compile("Unresolveable build extension: Plugin " + COORDINATES));
    /** "The following artifacts could not be resolved: a:b:jar:1 (absent), c:d:jar:2 (absent): ..." */
    private static final Pattern LISTED = Pattern.compile(
            "artifacts could not be resolved: (.+?)(?:: (?:Could not|Cannot access)|$)", Pattern.MULTILINE);

    private static final Pattern ONE = Pattern.compile(COORDINATES);
    private static final List<String> NETWORK_SIGNS = List.of(
            "UnknownHostException",
            "Unknown host",
            "Connection refused",
            "Network is unreachable",
            "connect timed out",
            "Connect to ",
            "No route to host",
            "Temporary failure in name resolution",
            "in offline mode",
            "Could not resolve host");

    private MavenDownloads() {}

    /** The artifacts the output says could not be downloaded (or, offline, were never downloaded), in order. */
    static List<String> failed(String output) {
        Set<String> artifacts = new LinkedHashSet<>();
        for (Pattern pattern : FAILED) {
            Matcher matcher = pattern.matcher(output);
            while (matcher.find()) {
                artifacts.add(matcher.group(1));
            }
        }
        Matcher listed = LISTED.matcher(output);
        while (listed.find()) {
            Matcher one = ONE.matcher(listed.group(1));
            while (one.find()) {
                artifacts.add(one.group(1));
            }
        }
        return List.copyOf(artifacts);
    }

    /** True when the output shows that Maven could not reach the network (or was told not to). */
    static boolean networkTrouble(String output) {
        return NETWORK_SIGNS.stream().anyMatch(output::contains);
    }

    /** The last lines of Maven's errors, for a failure that names no artifact. */
    static List<String> lastErrors(String output, int count) {
        List<String> errors = output.lines()
                .filter(line -> line.startsWith("[ERROR]") && line.length() > "[ERROR] ".length())
                .toList();
        List<String> lines = errors.isEmpty()
                ? output.lines().filter(line -> !line.isBlank()).toList()
                : errors;
        return lines.subList(Math.max(0, lines.size() - count), lines.size());
    }
}
