package workshop.kit.dynamodb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * Finds a DynamoDB for the checks, {@code ./workshop run} and the load runner, trying in order:
 *
 * <ol>
 *   <li>an explicit endpoint: {@code -Dworkshop.dynamodb.endpoint=URL}, else the AWS SDK's own
 *       variable {@code AWS_ENDPOINT_URL_DYNAMODB};
 *   <li>real AWS, when asked for: {@code -Dworkshop.dynamodb=aws} or {@code WORKSHOP_DYNAMODB=aws};
 *   <li>moto found on this machine (the workshop's own in {@code .workshop/moto}, see {@link
 *       PrivateMoto}, else {@code moto_server} on the PATH, else {@code python3 -m moto.server}),
 *       started on a free loopback port;
 *   <li>LocalStack in Docker, when Docker runs (tried first when asked for with {@code
 *       -Dworkshop.dynamodb=localstack} or {@code WORKSHOP_DYNAMODB=localstack});
 *   <li>otherwise a {@link BackendUnavailableException} that says how to get one of them
 *       ({@link #howToGetMoto}).
 * </ol>
 *
 * <p>System properties win over environment variables, as on a command line. {@code
 * endpoint().description()} says which backend was picked: print it.
 */
public final class DynamoDbBackends {
    /** Where to read more, for every "how to get moto" message. */
    static final String MORE = "(docs/00-introduction.md, \"What you need\")";

    /** Where clients go when nothing says otherwise; any region works with local backends. */
    static final String DEFAULT_LOCAL_REGION = "us-east-1";

    private DynamoDbBackends() {}

    /** Resolves from this process's environment variables and system properties. */
    public static RunningDynamoDb start() {
        return start(System.getenv(), System.getProperties());
    }

    /** Resolves from the given environment variables and system properties. */
    public static RunningDynamoDb start(Map<String, String> env, Properties props) {
        return start(env, props, Toolbox.onThisMachine(env));
    }

    /**
     * Resolves as {@link #start()} does, except that moto, when it is what this machine offers, is the
     * one kept running between commands in {@code warmDirectory} (see {@link WarmMoto}), started if
     * none runs; when another command is using that one, a moto of this command's own.
     */
    public static RunningDynamoDb startKeepingMotoWarm(Path warmDirectory, Duration idle) {
        Map<String, String> env = System.getenv();
        return start(
                env,
                System.getProperties(),
                Toolbox.onThisMachine(env),
                (moto, region) -> WarmMoto.claim(warmDirectory, idle, moto, region)
                        .orElseGet(() -> MotoDynamoDb.start(moto, region)));
    }

    static RunningDynamoDb start(Map<String, String> env, Properties props, Toolbox toolbox) {
        return start(env, props, toolbox, MotoDynamoDb::start);
    }

    private static RunningDynamoDb start(
            Map<String, String> env,
            Properties props,
            Toolbox toolbox,
            BiFunction<MotoInstallation, String, RunningDynamoDb> startMoto) {
        Optional<Setting> endpoint = Setting.of(props, "workshop.dynamodb.endpoint", env, "AWS_ENDPOINT_URL_DYNAMODB");
        if (endpoint.isPresent()) {
            return ExternalDynamoDb.explicit(
                    parseEndpoint(endpoint.get()),
                    localRegion(env),
                    endpoint.get().source());
        }

        Optional<Setting> wanted = Setting.of(props, "workshop.dynamodb", env, "WORKSHOP_DYNAMODB");
        String choice = wanted.map(s -> s.value().toLowerCase(Locale.ROOT)).orElse("");
        switch (choice) {
            case "aws":
                return ExternalDynamoDb.realAws(awsRegion(env), wanted.get().source() + "=aws");
            case "localstack":
                if (!toolbox.dockerAvailable().getAsBoolean()) {
                    throw new BackendUnavailableException(
                            "LocalStack was asked for (" + wanted.get().source() + "=localstack) but Docker is"
                                    + " not available. Start Docker, or drop that setting to use moto.");
                }
                return startInDocker(env);
            case "moto":
                return startMoto.apply(
                        toolbox.moto()
                                .get()
                                .orElseThrow(() -> new BackendUnavailableException(
                                        "moto was asked for (" + wanted.get().source() + "=moto) but is not installed. "
                                                + howToGetMoto(toolbox.python().get()))),
                        localRegion(env));
            case "":
                break; // nothing asked for: look for what this machine has
            default:
                throw new BackendUnavailableException("Unknown DynamoDB backend '"
                        + wanted.get().value() + "' in " + wanted.get().source()
                        + ". Use aws, localstack or moto, or leave it unset to pick automatically.");
        }

        Optional<MotoInstallation> moto = toolbox.moto().get();
        if (moto.isPresent()) {
            return startMoto.apply(moto.get(), localRegion(env));
        }
        if (toolbox.dockerAvailable().getAsBoolean()) {
            return startInDocker(env);
        }
        throw new BackendUnavailableException(nothingFound(toolbox.python().get()));
    }

    /**
     * True when the resolver would look for moto: no endpoint is named, and neither real AWS nor
     * LocalStack is asked for. (The CLI offers to install moto only then.)
     */
    public static boolean looksForMoto(Map<String, String> env, Properties props) {
        if (Setting.of(props, "workshop.dynamodb.endpoint", env, "AWS_ENDPOINT_URL_DYNAMODB")
                .isPresent()) {
            return false;
        }
        String choice = Setting.of(props, "workshop.dynamodb", env, "WORKSHOP_DYNAMODB")
                .map(s -> s.value().toLowerCase(Locale.ROOT))
                .orElse("");
        return choice.isEmpty() || choice.equals("moto");
    }

    /** True when moto is installed: the workshop's own, or on the PATH of {@code env}. */
    public static boolean motoFound(PrivateMoto privateMoto, Map<String, String> env) {
        return MotoLocator.find(privateMoto, env.getOrDefault("PATH", "")).isPresent();
    }

    /** Neither moto nor Docker: what was looked for, and the ways to get one. */
    static String nothingFound(Optional<Python> python) {
        return "No DynamoDB for the checks: moto_server is not installed here (not in .workshop/moto, not on PATH),"
                + " and no Docker engine answered. " + howToGetMoto(python);
    }

    /**
     * How to get moto: with a Python 3.9+ here, the workshop installs its own copy; without one, the
     * three ways, easiest first. Never a bare "pip install": on Homebrew's Python, Debian 12 and
     * Ubuntu 23.04+ it is refused (PEP 668, "externally-managed-environment").
     */
    static String howToGetMoto(Optional<Python> python) {
        if (python.isPresent()) {
            return "Python " + python.get().version() + " is here ("
                    + python.get().display() + "): run ./workshop prepare, which offers to"
                    + " install " + PrivateMoto.PACKAGE
                    + " into .workshop/moto, for this workshop alone. Or start Docker (LocalStack), or set"
                    + " AWS_ENDPOINT_URL_DYNAMODB to a DynamoDB-compatible server you run. " + MORE;
        }
        String lineBreak = System.lineSeparator();
        return "No Python 3.9 or newer was found on PATH either. Three ways to get a DynamoDB, easiest first:"
                + lineBreak
                + "  1. Install Python 3 (https://www.python.org/downloads/, or on macOS: brew install python), open a new terminal,"
                + " then run ./workshop prepare: it installs " + PrivateMoto.PACKAGE
                + " into .workshop/moto, for this workshop alone." + lineBreak
                + "  2. Or, with pipx (https://pipx.pypa.io): pipx install \"" + PrivateMoto.PACKAGE
                + "\", then open a new terminal so that"
                + " moto_server is on PATH." + lineBreak
                + "  3. Or start Docker (Docker Desktop on macOS and Windows): the workshop then runs LocalStack in it; "
                + DockerDynamoDb.WHAT_IT_DOWNLOADS + "." + lineBreak
                + "Or set AWS_ENDPOINT_URL_DYNAMODB to a DynamoDB-compatible server you run. " + MORE;
    }

    private static RunningDynamoDb startInDocker(Map<String, String> env) {
        return DockerBackends.find()
                .orElseThrow(
                        () -> new BackendUnavailableException(
                                "Docker runs here, but the workshop's LocalStack support (workshop-localstack) is not built."
                                        + " Build it once: ./mvnw -q -pl workshop-kit/cli,workshop-kit/charts,workshop-kit/localstack -am install -Dmaven.test.skip=true"
                                        + " (or use moto instead: ./workshop prepare offers to install it into .workshop/moto)."))
                .start(env);
    }

    private static URI parseEndpoint(Setting endpoint) {
        try {
            URI uri = URI.create(endpoint.value());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BackendUnavailableException(
                    endpoint.source() + " is not a URL like http://127.0.0.1:5000: '" + endpoint.value() + "'", e);
        }
    }

    /** Local backends accept any region; honour the usual variables so logs look familiar. */
    private static String localRegion(Map<String, String> env) {
        return regionFromEnv(env).orElse(DEFAULT_LOCAL_REGION);
    }

    /** Real AWS needs the real region: the variables, else the SDK's chain (profile, ...). */
    private static String awsRegion(Map<String, String> env) {
        Optional<String> fromEnv = regionFromEnv(env);
        if (fromEnv.isPresent()) {
            return fromEnv.get();
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        } catch (SdkClientException e) {
            throw new BackendUnavailableException(
                    "Real AWS was asked for but no region is set: set AWS_REGION (e.g. eu-west-1) or a region"
                            + " in your AWS profile.",
                    e);
        }
    }

    private static Optional<String> regionFromEnv(Map<String, String> env) {
        return Optional.ofNullable(env.get("AWS_REGION"))
                .or(() -> Optional.ofNullable(env.get("AWS_DEFAULT_REGION")))
                .filter(region -> !region.isBlank());
    }

    /** A non-blank setting and where it came from ("-Dname" or "NAME"), for messages and descriptions. */
    private record Setting(String value, String source) {
        static Optional<Setting> of(Properties props, String property, Map<String, String> env, String variable) {
            String fromProperty = props.getProperty(property);
            if (fromProperty != null && !fromProperty.isBlank()) {
                return Optional.of(new Setting(fromProperty.trim(), "-D" + property));
            }
            String fromEnv = env.get(variable);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return Optional.of(new Setting(fromEnv.trim(), variable));
            }
            return Optional.empty();
        }
    }
}
