package workshop.kit.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * The comparison as one self-contained HTML file (charts embedded as PNG data, no scripts, no
 * links), openable offline. The charts are also written as PNG files beside it:
 * {@code <name>-latency.png}, {@code <name>-hit-rate.png}, {@code <name>-stale-reads.png}.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Writes the report and its PNG charts; returns the files written. */
  public static List<Path> write(ComparisonResult result, String terminalTable, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String base = file.getFileName().toString().replaceFirst("\\.html?$", "");
    Map<String, XYChart> charts = Charts.all(result);
    StringBuilder images = new StringBuilder();
    List<Path> written = new java.util.ArrayList<>();
    for (Map.Entry<String, XYChart> chart : charts.entrySet()) {
      byte[] png = Charts.png(chart.getValue());
      Path pngFile = parent.resolve(base + "-" + chart.getKey() + ".png");
      Files.write(pngFile, png);
      written.add(pngFile);
      images.append("<figure><img alt=\"").append(escape(chart.getValue().getTitle())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(png)).append("\"></figure>\n");
    }
    Files.writeString(file, page(result, images.toString(), terminalTable));
    written.add(0, file);
    return written;
  }

  static String page(ComparisonResult result, String images, String terminalTable) {
    ComparisonTable table = new ComparisonTable(result.figures());
    StringBuilder rows = new StringBuilder("<tr><th></th>");
    table.headers().forEach(header -> rows.append("<th>").append(escape(header)).append("</th>"));
    rows.append("</tr>\n");
    table.rows().forEach((label, cells) -> {
      rows.append("<tr><td>").append(escape(label.strip())).append("</td>");
      cells.forEach(cell -> rows.append("<td class=\"n\">").append(escape(cell)).append("</td>"));
      rows.append("</tr>\n");
    });
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Cache freshness: what each step buys and what it costs</title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; }
          table { border-collapse: collapse; margin: 1em 0; }
          th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; }
          th { background: #f3f3f3; }
          td.n { text-align: right; font-variant-numeric: tabular-nums; }
          figure { margin: 1.5em 0; }
          img { max-width: 100%%; }
          code, pre { background: #f6f6f6; }
          pre { padding: 0.7em; overflow-x: auto; }
          .small { color: #555; font-size: 0.9em; }
        </style>
        </head>
        <body>
        <h1>Cache freshness: what each step buys and what it costs</h1>
        <p>%s</p>
        <table>
        %s</table>
        <p class="small">Code: %s. Backends: %s. Whole run: %.1f s of wall time.</p>
        %s
        <h2>How to read this</h2>
        <ul>
          <li><b>Stale read</b>: a read that returned a state older than the newest write to that entity that had
          completed before the read began. The comparison keeps the ground truth, every completed write with its
          completion time and resulting state, and judges every read against it; writes that overlapped each other
          or the read count in the service's favour.</li>
          <li><b>Oldest staleness</b>: for the worst stale read, how long the state it returned had already been
          replaced when the read began, in simulated seconds.</li>
          <li><b>Simulated time</b>: the local Momento server's clock runs %dx faster than wall time, so TTLs expire
          within a short run.</li>
          <li><b>Cache figures</b> come from the local Momento server's operations log; DynamoDB figures count every
          call the handlers made through the AWS SDK. Seeding (creating the users, organizations and memberships
          through the API) is not counted.</li>
        </ul>
        <h2>Command</h2>
        <pre>%s</pre>
        <h2>The same table, as the terminal showed it</h2>
        <pre>%s</pre>
        </body>
        </html>
        """.formatted(escape(Reading.of(result)), rows, escape(result.code()), escape(result.backends().replace("\n", "; ")),
        result.wallSeconds(), images, result.speedUp(), escape(result.command()), escape(terminalTable));
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
