package workshop.kit.grader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link GradingResults} as JUnit XML ({@code --junit DIR}), the format CI servers and test
 * report tools read: one file per step, {@code TEST-step-N.xml}, one test suite per step, one test
 * case per check (class name {@code step-N.task-M}, or {@code step-N.keeps-working}).
 *
 * <p>A failing check of a bonus task is written as skipped, with its message: a step is complete
 * without its bonus, and so a report is green exactly when {@code ./workshop check} says the step
 * is done (exit code 0). A step whose code does not compile is one test case with an error.
 */
public final class JUnitXmlReport {
  private JUnitXmlReport() {}

  /** Writes one file per step into {@code directory} (created if missing); the files written. */
  public static List<Path> write(GradingResults results, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    for (StepGrade step : results.steps()) {
      Path file = directory.resolve("TEST-" + step.step() + ".xml");
      try (OutputStream out = Files.newOutputStream(file)) {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        writeSuite(step, results.generated(), xml);
        xml.close();
      } catch (XMLStreamException e) {
        throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
      }
      files.add(file);
    }
    return files;
  }

  private static void writeSuite(StepGrade step, String timestamp, XMLStreamWriter xml) throws XMLStreamException {
    int bonusFailed = (int) step.checks().stream().filter(check -> check.bonus() && check.failed()).count();
    int errors = step.totals().errors() - (int) step.checks().stream().filter(c -> c.bonus() && c.status().equals("error")).count();
    int failures = step.totals().failed() - bonusFailed - errors;
    boolean compiles = step.compileErrors() == null;

    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", step.step());
    xml.writeAttribute("tests", Integer.toString(compiles ? step.totals().checks() : 1));
    xml.writeAttribute("failures", Integer.toString(compiles ? failures : 0));
    xml.writeAttribute("errors", Integer.toString(compiles ? errors : 1));
    xml.writeAttribute("skipped", Integer.toString(compiles ? step.totals().skipped() + bonusFailed : 0));
    xml.writeAttribute("timestamp", timestamp.replace("Z", ""));
    xml.writeCharacters("\n  ");
    xml.writeStartElement("properties");
    property(xml, "title", step.title());
    property(xml, "module", step.module());
    property(xml, "state", step.state());
    property(xml, "checked", step.checked());
    property(xml, "hintsUsed", Integer.toString(step.totals().hintsUsed()));
    property(xml, "tasksDone", step.totals().tasksDone() + " of " + step.totals().tasks());
    xml.writeCharacters("\n  ");
    xml.writeEndElement();

    if (!compiles) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", step.step() + ".compile");
      xml.writeAttribute("name", step.module() + " compiles");
      xml.writeCharacters("\n    ");
      xml.writeStartElement("error");
      xml.writeAttribute("message", step.module() + " does not compile");
      xml.writeAttribute("type", "compile");
      xml.writeCharacters(clean(step.compileErrors()));
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    for (CheckGrade check : step.checks()) {
      writeCase(check, xml);
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private static void writeCase(CheckGrade check, XMLStreamWriter xml) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", check.step() + "." + (check.task() == null ? "keeps-working" : "task-" + check.task()));
    xml.writeAttribute("name", clean(check.name()));
    if (!check.passed()) {
      String detail = clean(check.message()) + (check.failed() ? "\nRead: " + check.docs() : "");
      xml.writeCharacters("\n    ");
      if (check.failed() && check.bonus()) {
        xml.writeStartElement("skipped");
        xml.writeAttribute("message", "Bonus task, not done yet (the step is complete without it): " + firstLine(check.message()));
        xml.writeCharacters(detail);
      } else if (check.failed()) {
        xml.writeStartElement(check.status().equals("error") ? "error" : "failure");
        xml.writeAttribute("message", firstLine(check.message()));
        xml.writeAttribute("type", check.status());
        xml.writeCharacters(detail);
      } else {
        xml.writeStartElement("skipped");
        xml.writeAttribute("message", firstLine(check.message()));
      }
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
    }
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value == null ? "" : value));
  }

  private static String firstLine(String message) {
    String line = message.strip().lines().findFirst().orElse("");
    return clean(line);
  }

  /** XML 1.0 cannot hold most control characters (a learner's output might): they are left out. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
