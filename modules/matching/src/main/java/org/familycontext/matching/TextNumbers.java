package org.familycontext.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct texts (names, address words) numbered in the order they are first seen, so that pairs
 * compare numbers and their comparisons can be remembered by number ({@link PairMemo}).
 */
final class TextNumbers {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final long numbering = PairMemo.newNumbering();

    /** The text's number; -1 for no text. */
    int number(String text) {
        if (text == null) {
            return -1;
        }
        return numbers.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }

    String text(int number) {
        return texts.get(number);
    }

    /** Per number, the letters its text holds ({@link LetterBound#letters(String)}). */
    int[] letters() {
        int[] letters = new int[texts.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = LetterBound.letters(texts.get(i));
        }
        return letters;
    }

    /** How many distinct texts there are. */
    int count() {
        return texts.size();
    }

    /** This numbering's identity, for {@link PairMemo}. */
    long numbering() {
        return numbering;
    }
}
