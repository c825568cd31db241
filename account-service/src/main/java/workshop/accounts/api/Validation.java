package workshop.accounts.api;

import java.util.regex.Pattern;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.Slugs;

/**
 * Input rules, checked before any DynamoDB or cache call. Usernames and slugs are the parts of
 * keys, so they are held to a small alphabet with no {@code #}: no input can reach another
 * entity's key.
 */
public final class Validation {
    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final Pattern ORGANIZATION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private Validation() {}

    public static String username(String field, String value) {
        String present = required(field, value);
        if (!USERNAME.matcher(present).matches()) {
            throw ApiException.badRequest(field
                    + " must be 1 to 40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        return present;
    }

    public static String organizationName(String field, String value) {
        String present = required(field, value);
        if (!ORGANIZATION_NAME.matcher(present).matches()) {
            throw ApiException.badRequest(field
                    + " must be 1 to 64 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit.");
        }
        return present;
    }

    /** An organization as it appears in a URL: already a slug. */
    public static String slug(String field, String value) {
        String present = required(field, value);
        if (!SLUG.matcher(present).matches() || !Slugs.of(present).equals(present)) {
            throw ApiException.badRequest(
                    field + " must be an organization's slug: 1 to 64 lower-case letters, digits, '.', '_' or '-'.");
        }
        return present;
    }

    /** A person's name: any script, no control characters, at most 100 characters. */
    public static String personName(String field, String value) {
        String present = required(field, value).strip();
        if (present.isEmpty()) {
            throw ApiException.badRequest(field + " must not be blank.");
        }
        if (present.codePointCount(0, present.length()) > MAX_NAME_LENGTH) {
            throw ApiException.badRequest(field + " must be at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (present.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(field + " must not contain control characters.");
        }
        return present;
    }

    public static Role role(String field, String value) {
        return Role.named(required(field, value))
                .orElseThrow(() -> ApiException.badRequest(field + " must be one of Owner, Admin, Member."));
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw ApiException.badRequest(field + " is required.");
        }
        return value;
    }
}
