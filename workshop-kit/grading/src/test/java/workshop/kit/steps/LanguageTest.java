package workshop.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import workshop.kit.WorkshopException;

class LanguageTest {
    private static final Locale JAPAN = Locale.JAPAN;
    private static final Locale US = Locale.US;

    @Test
    void theOptionWinsThenTheVariableThenTheComputersLocale() {
        assertThat(Language.choose("en", "ja", JAPAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose("ja", null, US)).isEqualTo(Language.JAPANESE);
        assertThat(Language.choose(null, "ja", US)).isEqualTo(Language.JAPANESE);
        assertThat(Language.choose(null, "en", JAPAN)).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose(null, null, JAPAN)).isEqualTo(Language.JAPANESE);
        assertThat(Language.choose(null, "", Locale.JAPANESE))
                .as("an empty variable is not set")
                .isEqualTo(Language.JAPANESE);
        assertThat(Language.choose(null, null, US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.choose(null, null, Locale.GERMANY))
                .as("a language the workshop does not speak")
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void valuesComeInTheShapesLocalesAreWrittenIn() {
        for (String japanese : List.of("ja", "JA", "ja_JP", "ja-JP", "ja_JP.UTF-8", " ja ")) {
            assertThat(Language.parse(japanese)).as(japanese).contains(Language.JAPANESE);
        }
        assertThat(Language.parse("en_GB.UTF-8")).contains(Language.ENGLISH);
        assertThat(Language.parse("jp")).isEmpty();
        assertThat(Language.parse("japanese")).isEmpty();
    }

    @Test
    void anUnknownLanguageSaysWhatToWriteInstead() {
        assertThatThrownBy(() -> Language.choose("fr", null, US))
                .isInstanceOf(WorkshopException.class)
                .hasMessage(
                        "--lang fr: the workshop speaks en (English) and ja (Japanese). Use --lang en or --lang ja.");
        assertThatThrownBy(() -> Language.choose(null, "jp", JAPAN))
                .isInstanceOf(WorkshopException.class)
                .hasMessage("WORKSHOP_LANG=jp is not a language the workshop speaks: set it to en or ja, or unset it.");
    }
}
