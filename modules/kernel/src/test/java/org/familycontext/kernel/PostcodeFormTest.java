package org.familycontext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The postcode reader (written without regular expressions, for speed) against the pattern it replaces. */
class PostcodeFormTest {

    private static final Pattern REFERENCE = Pattern.compile("(GIR 0AA|[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2})");

    @Test
    void acceptsExactlyWhatTheReferencePatternAccepts() {
        SplittableRandom random = new SplittableRandom(3);
        String alphabet = "ABCMSKLW0123456789 -aqz";
        int accepted = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int n = 0; n < length; n++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Optional<Postcode> parsed = Postcode.parse(text.toString());
            assertThat(parsed.map(Postcode::value)).as(text.toString()).isEqualTo(reference(text.toString()));
            accepted += parsed.isPresent() ? 1 : 0;
        }
        assertThat(accepted).as("the random texts include real postcodes").isGreaterThan(100);
    }

    private static Optional<String> reference(String text) {
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return REFERENCE.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
    }
}
