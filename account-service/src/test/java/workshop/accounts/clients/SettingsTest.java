package workshop.accounts.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private final Settings local = new Settings(
      "accounts", "eu-west-1", Optional.of(URI.create("http://127.0.0.1:4566")), "checks-cache",
      new MomentoAccess.LocalServer("127.0.0.1", 9090), Duration.ofMillis(500));

  @AfterEach
  void backToTheProcessEnvironment() {
    LocalEnvironment.clear();
  }

  @Test
  void settingsReadBackFromTheVariablesTheyBecome() {
    assertThat(Settings.from(local.asEnvironment())).isEqualTo(local);
  }

  @Test
  void locallyTheToolsVariablesStandInForLambdasEnvironment() {
    LocalEnvironment.use(local.asEnvironment());
    assertThat(Settings.fromEnvironment()).isEqualTo(local);
  }

  @Test
  void withoutToolsTheProcessEnvironmentIsAllThereIs() {
    assertThat(Settings.fromEnvironment()).isEqualTo(Settings.from(System.getenv()));
  }
}
