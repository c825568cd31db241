package workshop.accounts.domain;

import java.util.Locale;

/** Turns an organization's name into the slug used in its URL and its keys. */
public final class Slugs {
    private Slugs() {}

    /** "Olivia Org" becomes "olivia-org". */
    public static String of(String organizationName) {
        return organizationName.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
