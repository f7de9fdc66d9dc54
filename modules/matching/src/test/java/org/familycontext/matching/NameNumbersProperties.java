package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Telling names apart by their letters first never changes how close they are found to be. */
class NameNumbersProperties {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    @Property(tries = 3000)
    void closenessIsWhatJaroWinklerAndSlipsSay(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String x,
                                               @ForAll @AlphaChars @StringLength(min = 1, max = 12) String y,
                                               @ForAll @IntRange(min = 0, max = 5) int edit,
                                               @ForAll @IntRange(min = 0, max = 11) int at,
                                               @ForAll("accents") String accent) {
        String a = x.toLowerCase(Locale.ROOT) + accent;
        String b = near(a, y.toLowerCase(Locale.ROOT), edit, at);
        NameNumbers names = new NameNumbers();
        int first = names.number(a);
        int second = names.number(b);
        names.seal();
        int closeness = names.closeness(first, second);
        assertThat(closeness).as("%s / %s", a, b).isEqualTo(expected(a, b));
        assertThat(names.closeness(second, first)).as("either way round").isEqualTo(closeness);
    }

    @Example
    void mostDifferentNamesAreToldApartByTheirLettersAlone() {
        assertThat(NameNumbers.plainlyApart(LetterBound.letters("sarah"), LetterBound.letters("michael"), "sarah", "michael")).isTrue();
        assertThat(NameNumbers.plainlyApart(LetterBound.letters("smith"), LetterBound.letters("jones"), "smith", "jones")).isTrue();
        assertThat(NameNumbers.plainlyApart(LetterBound.letters("sarah"), LetterBound.letters("sara"), "sarah", "sara"))
                .as("one letter left out").isFalse();
        assertThat(NameNumbers.plainlyApart(LetterBound.letters("jon"), LetterBound.letters("jan"), "jon", "jan"))
                .as("one letter changed").isFalse();
    }

    @Provide
    Arbitrary<String> accents() {
        return Arbitraries.of("", "", "", "7", "\u00df", "\u4e2d");
    }

    /** Another name, or the name with a slip or two, so that pairs near the thresholds are tried too. */
    private static String near(String a, String other, int edit, int at) {
        int i = at % a.length();
        return switch (edit) {
            case 0 -> other;
            case 1 -> a.substring(0, i) + (a.charAt(i) == 'q' ? 'z' : 'q') + a.substring(i + 1);
            case 2 -> a.length() > 1 ? a.substring(0, i) + a.substring(i + 1) : other;
            case 3 -> a.substring(0, i) + 'e' + a.substring(i);
            case 4 -> i + 1 < a.length() ? a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2) : other;
            default -> a.length() > 2 ? 'x' + a.substring(1, a.length() - 1) + 'w' : other;
        };
    }

    private static int expected(String a, String b) {
        if (a.equals(b)) {
            return NameNumbers.SIMILAR;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        return similarity >= Comparisons.SIMILAR ? NameNumbers.SIMILAR
                : similarity >= Comparisons.ALIKE || Comparisons.oneSlip(a, b) ? NameNumbers.ALIKE : NameNumbers.APART;
    }
}
