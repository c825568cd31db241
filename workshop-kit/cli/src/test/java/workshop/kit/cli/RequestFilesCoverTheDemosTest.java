package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import workshop.kit.code.PristineStarters;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * Each step's {@code requests.http} holds every request the curl lines show: the walkthrough that
 * {@code ./workshop run} prints, and the curl lines of the step's chapter. So a learner without bash
 * misses no demo. (That each request answers what its comment says is proven in verification/,
 * against the served reference solutions.)
 */
class RequestFilesCoverTheDemosTest {
    private static final Path ROOT =
            Path.of(System.getProperty("workshop.root", "..")).toAbsolutePath().normalize();
    private static final String BASE = "http://127.0.0.1:3000";
    /** A curl command in a chapter: in a code block, or in backticks in the prose. */
    private static final Pattern CURL = Pattern.compile("(?m)(?:^|`)(curl [^`\\n]+)");

    private static final Pattern REQUEST_LINE =
            Pattern.compile("(?m)^(GET|POST|PUT|PATCH|DELETE)\\s+\\{\\{host}}(\\S+)");

    @Test
    void everyCurlLineOfTheWalkthroughAndTheChapterIsInTheStepsRequestFile() throws IOException {
        Steps steps = Steps.load(ROOT);
        List<String> missing = new ArrayList<>();
        int curls = 0;
        for (Step step : steps.all()) {
            Path file = ROOT.resolve(step.module()).resolve("requests.http");
            assertThat(file)
                    .as("the demos of %s for an IDE's HTTP client", step.name())
                    .isRegularFile();
            Set<String> requests = new LinkedHashSet<>();
            // As shipped, never the learner's working copy of their step.
            byte[] shipped = PristineStarters.of(ROOT)
                    .content(ROOT.relativize(file))
                    .orElseThrow(() -> new AssertionError("no recorded " + file));
            Matcher request = REQUEST_LINE.matcher(new String(shipped, java.nio.charset.StandardCharsets.UTF_8));
            while (request.find()) {
                requests.add(request.group(1) + " " + request.group(2));
            }
            List<String> demos = new ArrayList<>(curls(Walkthrough.forBaseUrl(BASE)));
            demos.addAll(curls(Files.readString(ROOT.resolve(step.chapter()))));
            curls += demos.size();
            for (String demo : demos) {
                if (!requests.contains(demo)) {
                    missing.add(step.module() + "/requests.http has no " + demo + " (its requests: " + requests + ")");
                }
            }
        }
        assertThat(curls).as("curl lines in the walkthrough and the chapters").isGreaterThan(20);
        assertThat(missing)
                .withFailMessage(
                        "Requests the curl lines show that the .http files lack:%n%s", String.join("\n", missing))
                .isEmpty();
    }

    /** Each curl command's method and path on the served API, e.g. "DELETE /organizations/olivia-org/members/membermichael". */
    private static List<String> curls(String text) {
        List<String> found = new ArrayList<>();
        Matcher curl = CURL.matcher(text.replace("\n  curl ", "\ncurl "));
        while (curl.find()) {
            for (List<String> words : Shell.commands(curl.group(1))) {
                if (!words.get(0).equals("curl")) {
                    continue;
                }
                int x = words.indexOf("-X");
                String method = x >= 0 ? words.get(x + 1) : words.contains("-d") ? "POST" : "GET";
                words.stream()
                        .filter(word -> word.startsWith(BASE))
                        .findFirst()
                        .ifPresent(url -> found.add(method + " " + url.substring(BASE.length())));
            }
        }
        return found;
    }
}
