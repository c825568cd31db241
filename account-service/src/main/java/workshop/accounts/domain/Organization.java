package workshop.accounts.domain;

/**
 * A group of users. {@code slug} is the name as it appears in URLs and keys: lower-cased, spaces
 * turned into dashes (see {@link Slugs}).
 */
public record Organization(String slug, String organizationName, String foundingUser) {}
