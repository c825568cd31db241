package workshop.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HintTest {
    @Test
    void aLineFoldBetweenTwoJapaneseCharactersIsNoSpace() {
        // What YAML makes of a folded block: each line break a space.
        Hint hint = new Hint(
                "Pass CACHE_TTL to every store.", "保存するたびに CACHE_TTL を 渡して ください。失敗した get は キャッシュミスと 同じ（409、 404）です。");
        assertThat(hint.ja()).isEqualTo("保存するたびに CACHE_TTL を渡してください。失敗した get はキャッシュミスと同じ（409、404）です。");
    }

    @Test
    void japaneseIsShownInJapaneseAndEnglishStandsInWhileItIsMissing() {
        Hint both = new Hint("English", "日本語");
        Hint englishOnly = new Hint("English", " ");
        assertThat(both.in(Language.JAPANESE)).isEqualTo("日本語");
        assertThat(both.in(Language.ENGLISH)).isEqualTo("English");
        assertThat(englishOnly.ja()).isNull();
        assertThat(englishOnly.in(Language.JAPANESE)).isEqualTo("English");
    }
}
