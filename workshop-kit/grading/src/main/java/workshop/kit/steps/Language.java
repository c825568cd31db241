package workshop.kit.steps;

import java.util.Locale;
import java.util.Optional;
import workshop.kit.WorkshopException;

/**
 * The languages the workshop speaks to a learner: English, and Japanese for hints and for where to
 * read next (the chapters under {@code docs/ja/}). Check names, failure messages and the tools'
 * errors stay English in both; {@code docs/ja/README.md} says why.
 */
public enum Language {
    ENGLISH("en"),
    JAPANESE("ja");

    /** The environment variable a learner sets to choose: {@code WORKSHOP_LANG=ja}. */
    public static final String VARIABLE = "WORKSHOP_LANG";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** "en" or "ja". */
    public String code() {
        return code;
    }

    /**
     * The language a value names: "ja", "JA", "ja_JP", "ja-JP" or "ja_JP.UTF-8" (the shapes LANG and
     * locale tags come in) are Japanese; likewise for "en". Empty for anything else.
     */
    public static Optional<Language> parse(String value) {
        String language = value.strip().toLowerCase(Locale.ROOT).split("[-_.@]", 2)[0];
        for (Language candidate : values()) {
            if (candidate.code.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Which language to speak: {@code --lang} when given, else {@code WORKSHOP_LANG} when set, else
     * Japanese on a computer whose locale is Japanese ({@code ja_*}), else English. A value the
     * workshop does not know is an error that says what to write, not a silent English.
     *
     * @param option what {@code --lang} said; null when it was not given
     * @param environment the value of {@code WORKSHOP_LANG}; null when it is not set
     */
    public static Language choose(String option, String environment, Locale locale) {
        if (option != null) {
            return parse(option)
                    .orElseThrow(() -> new WorkshopException("--lang " + option
                            + ": the workshop speaks en (English) and ja (Japanese). Use --lang en or --lang ja."));
        }
        if (environment != null && !environment.isBlank()) {
            return parse(environment)
                    .orElseThrow(() -> new WorkshopException(VARIABLE + "=" + environment
                            + " is not a language the workshop speaks: set it to en or ja, or unset it."));
        }
        return "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /** The language of this computer: {@code WORKSHOP_LANG}, else the JVM's default locale. */
    public static Language ofThisComputer() {
        return choose(null, System.getenv(VARIABLE), Locale.getDefault());
    }
}
