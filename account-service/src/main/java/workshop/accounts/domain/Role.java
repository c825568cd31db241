package workshop.accounts.domain;

import java.util.Arrays;
import java.util.Optional;

/** A member's role. Owners and admins manage members; members only belong. */
public enum Role {
    Owner,
    Admin,
    Member;

    public boolean canManageMembers() {
        return this == Owner || this == Admin;
    }

    /** The role with exactly this name ("Owner", "Admin", "Member"), if there is one. */
    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
