package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterVerifierTest {
  @TempDir Path reports;

  @Test
  void everyCheckFailingAnAssertionIsWhatAStarterMustDo() throws IOException {
    report("TEST-a.xml", testcase("finds a member", "<failure message=\"expected 200\" type=\"org.opentest4j.AssertionFailedError\"/>"),
        testcase("counts GetItems", "<failure type=\"java.lang.AssertionError\"/>"));
    StarterVerifier.Verdict verdict = StarterVerifier.verify("step-1-no-cache", reports);
    assertThat(verdict.ok()).isTrue();
    assertThat(verdict.lines()).hasSize(2);
    assertThat(verdict.summary()).isEqualTo("step-1-no-cache: all 2 task checks fail on the starter, as they must");
  }

  @Test
  void aCheckThatPassesOnTheStarterTestsNothing() throws IOException {
    report("TEST-a.xml", testcase("finds a member", ""), testcase("counts GetItems", "<failure/>"));
    StarterVerifier.Verdict verdict = StarterVerifier.verify("step-1-no-cache", reports);
    assertThat(verdict.problems()).containsExactly(
        "check 'finds a member' passes on the untouched starter of step-1-no-cache: it does not test the exercise");
  }

  @Test
  void aCrashIsNotAFailedAssertion() throws IOException {
    report("TEST-a.xml", testcase("finds a member", "<error message=\"boom\" type=\"java.lang.NullPointerException\">trace</error>"));
    assertThat(StarterVerifier.verify("m", reports).problems()).containsExactly(
        "check 'finds a member' crashes on the starter (java.lang.NullPointerException) instead of failing an assertion");
  }

  @Test
  void skippedChecksAndEmptyReportsAreProblems() throws IOException {
    report("TEST-a.xml", testcase("needs local momento", "<skipped message=\"real Momento\"/>"));
    assertThat(StarterVerifier.verify("m", reports).problems()).singleElement().asString().contains("skipped");

    Path empty = Files.createDirectory(reports.resolve("empty"));
    assertThat(StarterVerifier.verify("m", empty).problems()).singleElement().asString().contains("no task checks ran");
    assertThat(StarterVerifier.verify("m", reports.resolve("missing")).ok()).isFalse();
  }

  @Test
  void readsEveryReportFile() throws IOException {
    report("TEST-a.xml", testcase("one", "<failure/>"));
    report("TEST-b.xml", testcase("two", "<failure/>"), testcase("three", "<failure/>"));
    Files.writeString(reports.resolve("other.txt"), "not a report");
    assertThat(StarterVerifier.verify("m", reports).checks()).isEqualTo(3);
  }

  private void report(String file, String... testcases) throws IOException {
    Files.writeString(reports.resolve(file),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"workshop.step1.SomeTaskChecks\" tests=\""
            + testcases.length + "\">" + String.join("", testcases) + "</testsuite>");
  }

  private static String testcase(String name, String body) {
    return "<testcase name=\"" + name + "\" classname=\"workshop.step1.SomeTaskChecks\" time=\"0.1\">" + body + "</testcase>";
  }
}
