package workshop.kit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.accounts.api.Routes;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.TableDesign;
import workshop.kit.code.PristineStarters;
import workshop.kit.steps.Steps;

/**
 * Each step's serverless.yml deploys what the code needs, no more and no less: the handler class it
 * names exists in the step, every route the app serves ({@link Routes#ALL}) is wired, the IAM policy
 * allows exactly the DynamoDB operations {@code AccountTable} calls, the environment holds exactly
 * the {@link Settings} the step reads, and the table has the keys {@link TableDesign} defines.
 * Serverless variables such as {@code ${self:service}} stay plain strings here.
 */
class ServerlessYmlTest {
    private static final Path ROOT = Steps.repositoryRoot();
    private static final Path ACCOUNT_TABLE =
            ROOT.resolve("account-service/src/main/java/workshop/accounts/data/AccountTable.java");
    /** {@code dynamoDb.getItem(}, also when the call is split over lines ({@code dynamoDb\n  .updateItem(}). */
    private static final Pattern DYNAMODB_CALL = Pattern.compile("\\bdynamoDb\\s*\\.\\s*(\\w+)\\s*\\(");
    /** What a TransactWriteItem is built with: put, update, delete or conditionCheck. */
    private static final Pattern TRANSACT_ITEM =
            Pattern.compile("TransactWriteItem\\.builder\\(\\)\\s*\\.\\s*(\\w+)\\s*\\(");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Steps STEPS = Steps.load(ROOT);
    private static final PristineStarters STARTERS = PristineStarters.of(ROOT);

    /** Every step module of the manifest. */
    static Stream<Path> stepModules() {
        return STEPS.all().stream().map(step -> ROOT.resolve(step.module()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepModules")
    void theHandlerClassExistsInTheStep(Path module) throws IOException {
        String handler =
                descriptor(module).at("/functions/api/handler").asText().replaceAll("::.*$", "");
        assertThat(handler)
                .as("functions.api.handler in %s/serverless.yml", module.getFileName())
                .isNotBlank();
        assertThat(handlerSource(module))
                .as("the handler class %s in %s (the starter as shipped)", handler, module.getFileName())
                .contains(
                        "class " + handler.substring(handler.lastIndexOf('.') + 1) + " extends AccountServiceHandler");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepModules")
    void everyRouteTheAppServesIsWired(Path module) throws IOException {
        Set<String> wired = new TreeSet<>();
        for (JsonNode function : descriptor(module).path("functions")) {
            for (JsonNode event : function.path("events")) {
                JsonNode httpApi = event.path("httpApi");
                if (httpApi.isTextual()) {
                    wired.add(httpApi.asText().strip());
                } else if (httpApi.isObject()) {
                    wired.add(httpApi.path("method").asText().toUpperCase() + " "
                            + httpApi.path("path").asText());
                }
            }
        }
        Set<String> served = new TreeSet<>();
        Routes.ALL.forEach(route -> served.add(route.toString()));
        assertThat(wired)
                .as(
                        "httpApi events in %s/serverless.yml (must equal workshop.accounts.api.Routes.ALL)",
                        module.getFileName())
                .isEqualTo(served);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepModules")
    void iamAllowsExactlyTheDynamoDbOperationsTheCodeCalls(Path module) throws IOException {
        Set<String> allowed = new TreeSet<>();
        for (JsonNode statement : descriptor(module).at("/provider/iam/role/statements")) {
            if (!"Allow".equals(statement.path("Effect").asText())) {
                continue;
            }
            for (String action : actions(statement)) {
                if (action.startsWith("dynamodb:")) {
                    allowed.add(action);
                }
            }
        }
        assertThat(allowed)
                .as("dynamodb:* actions allowed in %s/serverless.yml", module.getFileName())
                .isEqualTo(dynamoDbActionsTheCodeNeeds());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepModules")
    void theEnvironmentHoldsExactlyWhatTheStepReads(Path module) throws IOException {
        JsonNode descriptor = descriptor(module);
        Set<String> variables = new TreeSet<>();
        descriptor.at("/provider/environment").fieldNames().forEachRemaining(variables::add);
        descriptor
                .path("functions")
                .forEach(f -> f.path("environment").fieldNames().forEachRemaining(variables::add));

        boolean usesCache = usesCache(module);
        Set<String> expected = new TreeSet<>(Set.of(Settings.TABLE_NAME));
        if (usesCache) {
            expected.addAll(Set.of(Settings.CACHE_NAME, Settings.MOMENTO_API_KEY_SECRET));
        }
        assertThat(variables)
                .as(
                        "environment of %s/serverless.yml (the step %s a cache)",
                        module.getFileName(), usesCache ? "uses" : "has no")
                .isEqualTo(expected);

        List<String> secretActions = new ArrayList<>();
        for (JsonNode statement : descriptor.at("/provider/iam/role/statements")) {
            actions(statement).stream()
                    .filter(a -> a.startsWith("secretsmanager:"))
                    .forEach(secretActions::add);
        }
        assertThat(secretActions)
                .as("secretsmanager actions in %s/serverless.yml", module.getFileName())
                .isEqualTo(usesCache ? List.of("secretsmanager:GetSecretValue") : List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepModules")
    void theTableAndTheArtifactMatchTheBuild(Path module) throws IOException {
        JsonNode descriptor = descriptor(module);
        JsonNode table = null;
        for (JsonNode resource : descriptor.at("/resources/Resources")) {
            if ("AWS::DynamoDB::Table".equals(resource.path("Type").asText())) {
                table = resource.path("Properties");
            }
        }
        assertThat(table)
                .as("an AWS::DynamoDB::Table in %s/serverless.yml", module.getFileName())
                .isNotNull();
        assertThat(table.path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        Map<String, String> keys = new java.util.TreeMap<>();
        table.path("KeySchema")
                .forEach(k -> keys.put(
                        k.path("KeyType").asText(), k.path("AttributeName").asText()));
        assertThat(keys).isEqualTo(Map.of("HASH", TableDesign.PARTITION_KEY, "RANGE", TableDesign.SORT_KEY));
        assertThat(table.path("TableName").asText())
                .isEqualTo("${self:provider.environment." + Settings.TABLE_NAME + "}");

        String artifact = "target/" + module.getFileName() + "-lambda.jar";
        assertThat(descriptor.at("/package/artifact").asText())
                .as(
                        "package.artifact: what ./mvnw -Pdeploy -DskipTests -pl %s -am package builds",
                        module.getFileName())
                .isEqualTo(artifact);
    }

    /** The IAM actions AccountTable's calls need; a TransactWriteItems of Puts needs dynamodb:PutItem. */
    static Set<String> dynamoDbActionsTheCodeNeeds() throws IOException {
        String code = Files.readString(ACCOUNT_TABLE);
        Set<String> actions = new TreeSet<>();
        Matcher call = DYNAMODB_CALL.matcher(code);
        while (call.find()) {
            String operation = call.group(1);
            if (operation.equals("transactWriteItems")) {
                Matcher item = TRANSACT_ITEM.matcher(code);
                while (item.find()) {
                    actions.add("dynamodb:"
                            + switch (item.group(1)) {
                                case "put" -> "PutItem";
                                case "update" -> "UpdateItem";
                                case "delete" -> "DeleteItem";
                                case "conditionCheck" -> "ConditionCheckItem";
                                default -> throw new AssertionError("Unknown TransactWriteItem part: " + item.group(1));
                            });
                }
            } else {
                actions.add("dynamodb:" + Character.toUpperCase(operation.charAt(0)) + operation.substring(1));
            }
        }
        assertThat(actions).as("DynamoDB calls found in AccountTable.java").contains("dynamodb:GetItem");
        return actions;
    }

    /** A step uses a cache when its manifest entry names a TTL; its Handler must then hand the repository the cache. */
    private static boolean usesCache(Path module) throws IOException {
        boolean hasTtl = STEPS.named(module.getFileName().toString()).ttl().isPresent();
        assertThat(handlerSource(module).contains("clients.cache()"))
                .as(
                        "%s's Handler passes the cache to its repository exactly when steps.yaml gives the step a TTL",
                        module.getFileName())
                .isEqualTo(hasTtl);
        return hasTtl;
    }

    /** The step's Handler.java as the workshop ships it (a learner's edits do not count here). */
    private static String handlerSource(Path module) throws IOException {
        String handler =
                descriptor(module).at("/functions/api/handler").asText().replaceAll("::.*$", "");
        Path file = ROOT.relativize(module.resolve("src/main/java").resolve(handler.replace('.', '/') + ".java"));
        return new String(
                STARTERS.content(file).orElseThrow(() -> new AssertionError("No recorded starter of " + file)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> actions(JsonNode statement) {
        JsonNode action = statement.path("Action");
        List<String> actions = new ArrayList<>();
        if (action.isTextual()) {
            actions.add(action.asText());
        } else {
            action.forEach(a -> actions.add(a.asText()));
        }
        return actions;
    }

    private static JsonNode descriptor(Path module) throws IOException {
        return YAML.readTree(module.resolve("serverless.yml").toFile());
    }
}
