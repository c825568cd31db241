package workshop.accounts.domain;

/** That a user belongs to an organization, and with which role. */
public record Membership(String organization, String username, Role role) {
    public Membership withRole(Role newRole) {
        return new Membership(organization, username, newRole);
    }
}
