package org.familycontext.synthetic.sources;

import java.util.Locale;
import java.util.SplittableRandom;

/** The ways a name gets mistyped or re-formed when a busy practitioner writes it down. */
final class NameVariants {

    private static final String VOWELS = "aeiou";
    private static final String CONSONANTS = "bcdfghklmnprstvwy";

    private NameVariants() {
    }

    /** One typing slip, never in the first letter; names shorter than four letters are left alone. */
    static String typo(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char c = name.charAt(at);
        if (!Character.isLetter(c) || !Character.isLetter(name.charAt(at + 1))) {
            return name;
        }
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + substitute(c, random) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2);
            case 2 -> name.substring(0, at) + name.substring(at + 1);
            default -> name.substring(0, at) + c + name.substring(at);
        };
    }

    /** A multi-part surname written another way; the name itself when it has one part. */
    static String form(String name, SplittableRandom random) {
        if (name.indexOf('-') > 0) {
            String[] parts = name.split("-", 2);
            return switch (random.nextInt(4)) {
                case 0 -> parts[0] + " " + parts[1];
                case 1 -> parts[1];
                case 2 -> parts[0];
                default -> parts[0] + parts[1].toLowerCase(Locale.ROOT);
            };
        }
        if (name.indexOf('\'') > 0) {
            return random.nextBoolean() ? name.replace("'", "") : name.replace("'", " ");
        }
        if (name.indexOf(' ') > 0) {
            return switch (random.nextInt(3)) {
                case 0 -> name.replace(" ", "");
                case 1 -> name.substring(name.lastIndexOf(' ') + 1);
                default -> capitaliseParts(name);
            };
        }
        return name;
    }

    private static char substitute(char c, SplittableRandom random) {
        char lower = Character.toLowerCase(c);
        String pool = VOWELS.indexOf(lower) >= 0 ? VOWELS : CONSONANTS;
        char other = pool.charAt(random.nextInt(pool.length()));
        if (other == lower) {
            other = pool.charAt((pool.indexOf(other) + 1) % pool.length());
        }
        return Character.isUpperCase(c) ? Character.toUpperCase(other) : other;
    }

    private static String capitaliseParts(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        String result = out.toString();
        return result.equals(name) ? name.toUpperCase(Locale.ROOT) : result;
    }
}
