package workshop.kit.dynamodb;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Helpers shared by this package's tests. */
final class TestEnv {
    private TestEnv() {}

    /**
     * This machine's environment without the settings that would steer the resolver away from moto,
     * so the tests behave the same whatever the developer has exported.
     */
    static Map<String, String> machineEnvForMoto() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("AWS_ENDPOINT_URL_DYNAMODB");
        env.remove("WORKSHOP_DYNAMODB");
        return env;
    }

    static Properties noProperties() {
        return new Properties();
    }

    /** moto as the resolver would find it here, if it is installed. */
    static Optional<MotoInstallation> motoOnThisMachine() {
        return MotoLocator.find(System.getenv().getOrDefault("PATH", ""));
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }

    static void putItem(DynamoDbClient client, String table, String pk, String sk, String name) {
        Map<String, AttributeValue> item = new HashMap<>(key(pk, sk));
        item.put("name", AttributeValue.fromS(name));
        client.putItem(request -> request.tableName(table).item(item));
    }
}
