package workshop.accounts.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import momento.sdk.config.Configuration;
import momento.sdk.config.Configurations;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private final Settings local = new Settings(
            "accounts",
            "eu-west-1",
            Optional.of(URI.create("http://127.0.0.1:4566")),
            "checks-cache",
            new MomentoAccess.LocalServer("127.0.0.1", 9090),
            Duration.ofMillis(500));

    @Test
    void settingsReadBackFromTheVariablesTheyBecome() {
        // Momento's Configuration has no equals: every field but it is compared.
        assertThat(Settings.from(local.asEnvironment()))
                .usingRecursiveComparison()
                .ignoringFields("cacheConfiguration")
                .isEqualTo(local);
    }

    @Test
    void fromTheEnvironmentTheMomentoClientGetsMomentosConfigurationForLambda() {
        Configuration lambda = Configurations.Lambda.latest();
        Configuration read = Settings.from(local.asEnvironment()).cacheConfiguration();
        assertThat(read.getTransportStrategy().getGrpcConfiguration().getDeadline())
                .isEqualTo(lambda.getTransportStrategy().getGrpcConfiguration().getDeadline());
        assertThat(read.getRetryStrategy()).hasSameClassAs(lambda.getRetryStrategy());
        assertThat(read.getMiddlewares()).isEmpty();
    }

    @Test
    void anotherConfigurationIsKeptByEveryChangeOfTheOtherSettings() {
        Configuration chosen = Configurations.Laptop.latest();
        Settings settings = local.withCacheConfiguration(chosen);
        assertThat(settings.withTable("other")
                        .withCache("other")
                        .withCacheTimeout(Duration.ofSeconds(2))
                        .cacheConfiguration())
                .isSameAs(chosen);
    }

    @Test
    void aSystemPropertyOfAVariablesNameTakesItsPlace() {
        Properties properties = new Properties();
        properties.setProperty(Settings.TABLE_NAME, "from-property");
        properties.setProperty(Settings.AWS_REGION, "eu-west-1");
        properties.setProperty("TABLE_NAME_OTHER", "not a variable Settings reads");
        Map<String, String> environment =
                Map.of(Settings.AWS_REGION, "us-west-2", Settings.CACHE_NAME, "from-environment");

        Map<String, String> variables = Settings.withSystemProperties(environment, properties);

        assertThat(variables)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Settings.TABLE_NAME,
                        "from-property",
                        Settings.AWS_REGION,
                        "eu-west-1",
                        Settings.CACHE_NAME,
                        "from-environment"));
    }

    @Test
    void withoutPropertiesTheProcessEnvironmentIsAllThereIs() {
        assertThat(Settings.withSystemProperties(System.getenv(), new Properties()))
                .isEqualTo(System.getenv());
    }
}
