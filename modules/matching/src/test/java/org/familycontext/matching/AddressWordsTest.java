package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddressWordsTest {

    @Test
    void theSameWordHasOneNumberAndAlikeWordsAreFoundAgainAndAgain() {
        AddressWords words = new AddressWords();
        int[] first = words.numbered(List.of("1234", "vicarage", "close", "romiley"));
        int[] second = words.numbered(List.of("1243", "vicaarge", "close", "romiley"));
        words.seal();
        assertThat(second[2]).isEqualTo(first[2]);
        assertThat(second[3]).isEqualTo(first[3]);
        for (int round = 0; round < 3; round++) {
            assertThat(words.alike(first[1], second[1])).as("a typo in a street name").isTrue();
            assertThat(words.alike(second[1], first[1])).isTrue();
            assertThat(words.alike(first[0], second[0])).as("house numbers are never fuzzy").isFalse();
            assertThat(words.alike(first[1], first[3])).as("different words").isFalse();
            assertThat(words.alike(first[2], second[2])).isTrue();
        }
    }

    @Test
    void addressesCompareWordByWordThroughTheNumbers() {
        PersonRecord a = People.person("a", "Ann", "Hall", "1980-01-02", "SK1 1AA", "12 Vicarage Close", null);
        PersonRecord b = People.person("b", "Ann", "Hall", "1980-01-02", "SK1 1AA", "12 Vicarrage Close Romiley", null);
        PersonRecord c = People.person("c", "Ann", "Hall", "1980-01-02", "SK1 1AA", "40 Mill Lane", null);
        RecordTable three = new RecordTable(List.of(a, b, c));
        Comparisons compare = new Comparisons(three, three.present);
        assertThat(compare.level(Field.ADDRESS, 0, 1)).as("two of three words alike, one extra: similar").isEqualTo(1);
        assertThat(compare.level(Field.ADDRESS, 0, 2)).isEqualTo(3);
        assertThat(compare.level(Field.ADDRESS, 1, 1)).isZero();
    }
}
