package workshop.kit.compare.report;

import java.util.Locale;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;

/** The comparison as the terminal shows it: the table, the sweep, the reading and the prices. */
public final class TextReport {
    private TextReport() {}

    public static String render(ComparisonResult result) {
        StringBuilder text = new StringBuilder(new ComparisonTable(result.figures()).render());
        text.append(ComparisonTable.legend(result.settings().inOrder())).append("\n\n");
        if (!result.sweep().isEmpty()) {
            text.append("The same workload, as if each caching step's TTL were:\n");
            text.append(new SweepTable(result.sweep()).render()).append('\n');
        }
        text.append(Reading.of(result)).append("\n\n");
        Prices prices = result.prices();
        text.append(String.format(
                Locale.ROOT,
                "Prices: DynamoDB $%s / $%s per million read / write units, Momento $%s per GB (%s; check %s).%n%n",
                prices.dynamoDbReadUnitPerMillion(),
                prices.dynamoDbWriteUnitPerMillion(),
                prices.momentoPerGb(),
                prices.asOf(),
                String.join(", ", prices.sources())));
        return text.toString();
    }
}
