package workshop.kit.grader;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The instructor build's proof that a starter leaves every task of its step to do: it reads the
 * Surefire reports of the task checks run on the untouched starter, and every one of them must
 * have failed an assertion. A check that passes on the starter does not test the exercise; one that
 * crashes (an exception other than an assertion) fails for the wrong reason and would show the
 * learner a crash instead of a hint.
 */
public final class StarterVerifier {

  /** What the reports showed: one line per check, and the problems among them. */
  public record Verdict(String module, List<String> lines, List<String> problems, int checks) {
    public boolean ok() {
      return problems.isEmpty();
    }

    public String summary() {
      return ok()
          ? module + ": all " + checks + " task checks fail on the starter, as they must"
          : module + ": " + problems.size() + " problem(s) with the starter's task checks";
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: StarterVerifier <module> <surefire reports dir>");
    }
    Verdict verdict = verify(args[0], Path.of(args[1]));
    verdict.lines().forEach(System.out::println);
    verdict.problems().forEach(problem -> System.err.println("ERROR: " + problem));
    System.out.println(verdict.summary());
    if (!verdict.ok()) {
      // Thrown, not System.exit: this runs inside Maven (exec:java), which then fails the build
      // with its usual summary and still reports on the other modules.
      throw new IllegalStateException(verdict.summary());
    }
  }

  public static Verdict verify(String module, Path reportsDir) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(reportsDir)) {
      problems.add("no Surefire reports in " + reportsDir + ": did the starter's task checks run?");
      return new Verdict(module, lines, problems, 0);
    }
    int checks = 0;
    try (DirectoryStream<Path> reports = Files.newDirectoryStream(reportsDir, "TEST-*.xml")) {
      for (Path report : reports) {
        NodeList testcases = parse(report).getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
          checks++;
          judge((Element) testcases.item(i), module, lines, problems);
        }
      }
    }
    if (checks == 0) {
      problems.add("no task checks ran on the starter of " + module + " (no testcase in " + reportsDir + ")");
    }
    return new Verdict(module, lines, problems, checks);
  }

  private static void judge(Element testcase, String module, List<String> lines, List<String> problems) {
    String name = testcase.getAttribute("name");
    String where = testcase.getAttribute("classname") + " > " + name;
    if (has(testcase, "failure")) {
      lines.add("  fails, as it must:  " + where);
    } else if (has(testcase, "error")) {
      Element error = (Element) testcase.getElementsByTagName("error").item(0);
      lines.add("  CRASHES:            " + where);
      problems.add("check '" + name + "' crashes on the starter (" + error.getAttribute("type") + ") instead of failing an assertion");
    } else if (has(testcase, "skipped")) {
      lines.add("  SKIPPED:            " + where);
      problems.add("check '" + name + "' is skipped on the starter of " + module + ": it must run and fail");
    } else {
      lines.add("  PASSES:             " + where);
      problems.add("check '" + name + "' passes on the untouched starter of " + module + ": it does not test the exercise");
    }
  }

  private static boolean has(Element testcase, String child) {
    return testcase.getElementsByTagName(child).getLength() > 0;
  }

  private static Document parse(Path report) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // Reports are local files, but there is no reason to let them pull in anything else.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(report.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("Cannot read the Surefire report " + report + ": " + e.getMessage(), e);
    }
  }
}
