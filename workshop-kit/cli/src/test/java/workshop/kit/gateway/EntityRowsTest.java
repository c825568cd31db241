package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

class EntityRowsTest {
    private static final String SMITH = CacheValues.encode(Optional.of(new User("olivia", "Olivia", "Smith")));
    private static final String JONES = CacheValues.encode(Optional.of(new User("olivia", "Olivia", "Jones")));
    private static final String ACME = CacheValues.encode(Optional.of(new Organization("acme", "Acme", "olivia")));
    private static final String MEMBER = CacheValues.encode(Optional.of(new Membership("acme", "bob", Role.Member)));

    private static EntityRows.Cached cached(String value, double secondsLeft) {
        return new EntityRows.Cached(value, Duration.ofMillis((long) (secondsLeft * 1000)));
    }

    @Test
    void aValueEqualToTheTablesEntityIsFresh() {
        assertThat(EntityRows.isStale(SMITH, Optional.of(SMITH))).isFalse();
    }

    @Test
    void fieldOrderDoesNotMatter() {
        String reordered = "{\"lastName\":\"Smith\",\"username\":\"olivia\",\"firstName\":\"Olivia\"}";
        assertThat(EntityRows.isStale(reordered, Optional.of(SMITH))).isFalse();
    }

    @Test
    void anOldValueIsStale() {
        assertThat(EntityRows.isStale(SMITH, Optional.of(JONES))).isTrue();
    }

    @Test
    void notFoundIsFreshOnlyWhenThereIsNoItem() {
        assertThat(EntityRows.isStale(CacheValues.NOT_FOUND, Optional.empty())).isFalse();
        assertThat(EntityRows.isStale(CacheValues.NOT_FOUND, Optional.of(MEMBER)))
                .isTrue();
    }

    @Test
    void aValueForAnItemThatIsGoneIsStale() {
        assertThat(EntityRows.isStale(MEMBER, Optional.empty())).isTrue();
    }

    @Test
    void somethingUnreadableIsStale() {
        assertThat(EntityRows.isStale("<script>alert(1)</script>", Optional.of(SMITH)))
                .isTrue();
    }

    @Test
    void oneRowPerEntityUsersFirst() {
        List<InspectorEntry> rows = EntityRows.join(
                Map.of(
                        "USER#olivia",
                        cached(SMITH, 41.2),
                        "MEMBER#acme#bob",
                        cached(CacheValues.NOT_FOUND, 60),
                        "other-key",
                        cached("x", 5)),
                Map.of("USER#olivia", JONES, "ORG#acme", ACME, "MEMBER#acme#bob", MEMBER));

        assertThat(rows)
                .containsExactly(
                        new InspectorEntry("USER#olivia", "user", SMITH, 42L, JONES, true),
                        new InspectorEntry("ORG#acme", "organization", null, null, ACME, false),
                        new InspectorEntry("MEMBER#acme#bob", "membership", CacheValues.NOT_FOUND, 60L, MEMBER, true),
                        new InspectorEntry("other-key", "other", "x", 5L, null, true));
    }
}
