package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * A cache.set that names no TTL gets the client's default. If that default were some step's TTL,
 * forgetting the TTL would pass that step's TTL checks by coincidence.
 */
class DefaultTtlTest {
    @Test
    void theCacheClientsDefaultTtlIsNoStepsTtl() {
        for (Step step : Steps.load(Steps.repositoryRoot()).all()) {
            step.ttl()
                    .ifPresent(ttl -> assertThat(Clients.DEFAULT_TTL)
                            .withFailMessage(
                                    "Clients.DEFAULT_TTL is %s, the TTL of %s: a set without a TTL would pass its TTL checks by accident",
                                    ttl, step.name())
                            .isNotEqualTo(ttl));
        }
    }
}
