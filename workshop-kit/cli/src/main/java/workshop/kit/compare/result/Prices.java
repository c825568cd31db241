package workshop.kit.compare.result;

import java.util.List;

/**
 * The list prices the cost estimate uses, with where they come from and when they were read.
 * Prices change and differ by region: every one of them can be set on the command line.
 *
 * @param dynamoDbReadUnitPerMillion USD per million DynamoDB on-demand read request units
 * @param dynamoDbWriteUnitPerMillion USD per million DynamoDB on-demand write request units
 * @param momentoPerGb USD per GB (10^9 bytes) of data transferred to and from Momento
 * @param asOf when and where these prices held, in words
 * @param sources the pricing pages to check them against
 */
public record Prices(
        double dynamoDbReadUnitPerMillion,
        double dynamoDbWriteUnitPerMillion,
        double momentoPerGb,
        String asOf,
        List<String> sources) {

    /**
     * DynamoDB on-demand in us-east-1 after AWS halved on-demand prices on 1 November 2024; Momento's
     * pay-as-you-go price per GB transferred (its free tier, 5 GB a month, is left out).
     */
    public static final Prices LIST_PRICES_2025 = new Prices(
            0.125,
            0.625,
            0.50,
            "list prices of 2025: DynamoDB on-demand in us-east-1 (since 1 Nov 2024), Momento pay-as-you-go",
            List.of("https://aws.amazon.com/dynamodb/pricing/on-demand/", "https://www.gomomento.com/pricing/"));

    public Prices {
        if (!(dynamoDbReadUnitPerMillion >= 0) || !(dynamoDbWriteUnitPerMillion >= 0) || !(momentoPerGb >= 0)) {
            throw new IllegalArgumentException("Prices are 0 or more.");
        }
        sources = List.copyOf(sources);
    }
}
