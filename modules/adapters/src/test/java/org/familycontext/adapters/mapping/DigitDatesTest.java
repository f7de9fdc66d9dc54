package org.familycontext.adapters.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitDatesTest {

    /** The same results as the strict formatter, except that a signed year (which it takes) is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"dd/MM/yyyy", "yyyy-MM-dd", "yyyyMMdd", "dd.MM.uuuu", "MM/dd/yyyy"})
    void readsExactlyWhatTheStrictFormatterReads(String pattern) {
        DigitDates fast = DigitDates.of(pattern).orElseThrow();
        DateTimeFormatter strict = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789/-. x";
        for (int i = 0; i < 200_000; i++) {
            String text;
            if (i % 2 == 0) {
                LocalDate date = LocalDate.of(1890 + random.nextInt(150), 1, 1).plusDays(random.nextInt(400));
                text = strict.format(date);
                if (i % 4 == 0) {
                    char[] chars = text.toCharArray();
                    chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                    text = new String(chars);
                }
            } else {
                StringBuilder noise = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) {
                    noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = noise.toString();
            }
            Optional<LocalDate> expected = text.contains("-") && pattern.indexOf('-') < 0 ? Optional.empty() : strictly(strict, text);
            assertThat(fast.parse(text)).as(pattern + " " + text).isEqualTo(expected);
        }
        assertThat(fast.parse(strict.format(LocalDate.of(2016, 2, 29)))).contains(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"d/M/yyyy", "dd MMM yyyy", "yyyy-MM-dd'T'HH:mm", "yy-MM-dd"})
    void leavesOtherPatternsToTheFormatter(String pattern) {
        assertThat(DigitDates.of(pattern)).isEmpty();
    }

    private static Optional<LocalDate> strictly(DateTimeFormatter strict, String text) {
        try {
            return Optional.of(LocalDate.parse(text, strict));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
