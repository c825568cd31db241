package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
    @Test
    void englishBreaksAtSpaces() {
        assertThat(TextWrap.lines("Pass it to every store; a set without a TTL gets the default.", 20))
                .containsExactly("Pass it to every", "store; a set without", "a TTL gets the", "default.");
    }

    @Test
    void japaneseBreaksBetweenCharactersCountingTwoColumnsEach() {
        List<String> lines = TextWrap.lines("保存するたびに CACHE_TTL を渡してください。", 20);
        assertThat(lines).containsExactly("保存するたびに", "CACHE_TTL を渡してく", "ださい。");
        assertThat(lines)
                .allSatisfy(line -> assertThat(
                                line.codePoints().map(TextWrap::columns).sum())
                        .isLessThanOrEqualTo(20));
    }

    @Test
    void closingMarksNeverStartALineAndOpeningMarksNeverEndOne() {
        assertThat(TextWrap.lines("あいうえおかきくけ。こ", 18)).containsExactly("あいうえおかきく", "け。こ");
        assertThat(TextWrap.lines("あいうえおかきく（けこ）", 18)).containsExactly("あいうえおかきく", "（けこ）");
        assertThat(TextWrap.lines("あいうえおかきく「けこ」", 16)).containsExactly("あいうえおかきく", "「けこ」");
    }

    @Test
    void aWordLongerThanTheLineStandsAlone() {
        assertThat(TextWrap.lines("cache.get(cacheName,key).join() は", 10))
                .containsExactly("cache.get(cacheName,key).join()", "は");
    }
}
