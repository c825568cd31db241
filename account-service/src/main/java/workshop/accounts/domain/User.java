package workshop.accounts.domain;

/** A person with an account. The username is the key; names may use any script. */
public record User(String username, String firstName, String lastName) {
    public User withNames(String newFirstName, String newLastName) {
        return new User(username, newFirstName, newLastName);
    }
}
