package workshop.kit.dynamodb;

import java.net.URI;

/**
 * Where a DynamoDB-compatible endpoint came from, and how to reach it.
 *
 * @param uri where clients send their requests (for real AWS: the regional endpoint, shown for
 *     information only; clients then use the SDK's own endpoint resolution)
 * @param region the region clients are built for
 * @param description one line for people, e.g. {@code "moto_server 5.2.1 on 127.0.0.1:41234
 *     (started by the workshop)"}
 * @param local true for anything that is not real AWS: clients then use dummy credentials, and
 *     {@link RunningDynamoDb#reset()} is allowed
 */
public record DynamoDbEndpoint(URI uri, String region, String description, boolean local) {}
