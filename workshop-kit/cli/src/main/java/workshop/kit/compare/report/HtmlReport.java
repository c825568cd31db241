package workshop.kit.compare.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import workshop.kit.OptionalModule;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;

/**
 * The comparison as one self-contained HTML file (charts embedded as PNG data, no scripts, nothing
 * loaded from elsewhere), openable offline. The charts are also written as PNG files beside it:
 * {@code <name>-latency.png}, {@code <name>-hit-rate.png}, {@code <name>-stale-reads.png} and, with
 * a sweep, {@code <name>-ttl-sweep.png}. The only links are to the pricing pages the cost
 * estimate names; nothing is loaded from them. The charts are drawn by the workshop-charts module,
 * loaded only here (see {@link ChartDrawer}); without it the report says so and has no charts.
 */
public final class HtmlReport {
    static final String CHARTS_MODULE = "workshop-kit/charts";

    private HtmlReport() {}

    /** Writes the report and its PNG charts; returns the files written. */
    public static List<Path> write(ComparisonResult result, String terminalText, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String base = file.getFileName().toString().replaceFirst("\\.html?$", "");
        StringBuilder images = new StringBuilder();
        List<Path> written = new ArrayList<>();
        Optional<ChartDrawer> drawer = OptionalModule.load(ChartDrawer.class, CHARTS_MODULE);
        if (drawer.isEmpty()) {
            images.append(
                    "<p class=\"small\">No charts: the workshop-charts module is not built. Build it once with"
                            + " ./mvnw -q -pl workshop-kit/cli,workshop-kit/charts,workshop-kit/localstack -am install -Dmaven.test.skip=true and run the command again.</p>\n");
        }
        for (Figure figure : drawer.map(charts -> charts.draw(result)).orElse(List.of())) {
            Path pngFile = file.resolveSibling(base + "-" + figure.name() + ".png");
            Files.write(pngFile, figure.png());
            written.add(pngFile);
            images.append("<figure><img alt=\"")
                    .append(escape(figure.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(figure.png()))
                    .append("\"></figure>\n");
        }
        Files.writeString(file, page(result, images.toString(), terminalText));
        written.add(0, file);
        return written;
    }

    static String page(ComparisonResult result, String images, String terminalText) {
        ComparisonTable table = new ComparisonTable(result.figures());
        String sweep = result.sweep().isEmpty()
                ? ""
                : "<h2>The same workload at other TTLs</h2>\n<table>\n"
                        + rows(new SweepTable(result.sweep()).headers(), new SweepTable(result.sweep()).rows())
                        + "</table>\n"
                        + "<p class=\"small\">A step's TTL is a constant in its code, so the sweep stretches the workload's time instead: "
                        + "the same requests arriving T/X times slower meet a T-second entry as they would meet an X-second one. "
                        + "Staleness is given at the usual pace.</p>\n";
        Prices prices = result.prices();
        List<String> links = prices.sources().stream()
                .map(url -> "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>")
                .toList();
        String priceNote = escape(String.format(
                        Locale.ROOT,
                        "Cost estimate: DynamoDB on-demand at $%s per million read units and $%s per million write units, "
                                + "Momento at $%s per GB transferred (%s). Lambda and API Gateway, the same for every step, are left out. See ",
                        prices.dynamoDbReadUnitPerMillion(),
                        prices.dynamoDbWriteUnitPerMillion(),
                        prices.momentoPerGb(),
                        prices.asOf()))
                + String.join(" and ", links) + ".";
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
        <p class="small">%s</p>
        <p class="small">%s</p>
        <p class="small">Code: %s. Backends: %s. Whole run: %.1f s of wall time, at most %.0f MB of heap.</p>
        %s
        %s
        <h2>How to read this</h2>
        <ul>
          <li><b>Simulated time</b>: every request has a seeded arrival time, and the local Momento server's clock is
          set to it before the request runs, so how many entries expire depends on the workload alone, not on this
          machine's speed. TTLs, staleness and the time axes are in simulated seconds.</li>
          <li><b>Stale read</b>: a read that returned a state older than the newest write to that entity that had
          completed before the read began. The comparison keeps the ground truth, every completed write with its
          time and resulting state, and judges every read against it.</li>
          <li><b>Oldest staleness</b>: for the worst stale read, how long the state it returned had already been
          replaced when the read began.</li>
          <li><b>Staged race</b>: a read that missed loads the old state from DynamoDB; before its cache store is
          applied, a write of the same entity lands (the local server holds the store, as the bonus check does).
          A read path that stores with set-if-absent keeps the write's newer value.</li>
          <li><b>Cache figures</b> come from the local Momento server's operations log; DynamoDB figures count every
          call the handlers made through the AWS SDK. The users, organizations and memberships are written straight
          into DynamoDB before the workload and not counted: every step starts with the same data and an empty
          cache.</li>
          <li><b>Cost</b>: DynamoDB request units from the calls made (a strongly consistent read of up to 4 KB is
          one read unit, a write of up to 1 KB one write unit) and the bytes moved to and from the cache, at the
          prices named above the charts.</li>
        </ul>
        <h2>Command</h2>
        <pre>%s</pre>
        <h2>The same, as the terminal showed it</h2>
        <pre>%s</pre>
        </body>
        </html>
        """.formatted(
                        escape(Reading.of(result)),
                        rows(table.headers(), table.rows()),
                        escape(ComparisonTable.legend(result.settings().inOrder())),
                        priceNote,
                        escape(result.code()),
                        escape(result.backends().replace("\n", "; ")),
                        result.wallSeconds(),
                        result.peakHeapMb(),
                        sweep,
                        images,
                        escape(result.command()),
                        escape(terminalText));
    }

    private static String rows(List<String> headers, Map<String, List<String>> cellsByLabel) {
        StringBuilder rows = new StringBuilder("<tr><th></th>");
        headers.forEach(header -> rows.append("<th>").append(escape(header)).append("</th>"));
        rows.append("</tr>\n");
        cellsByLabel.forEach((label, cells) -> {
            rows.append("<tr><td>").append(escape(label.strip())).append("</td>");
            cells.forEach(
                    cell -> rows.append("<td class=\"n\">").append(escape(cell)).append("</td>"));
            rows.append("</tr>\n");
        });
        return rows.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
