package workshop.accounts.domain;

import java.util.Optional;

/** A partial update of a user's names: only the names present are changed. */
public record NameChange(Optional<String> firstName, Optional<String> lastName) {
    public boolean isEmpty() {
        return firstName.isEmpty() && lastName.isEmpty();
    }
}
