package org.familycontext.matching;

import java.util.List;

/**
 * The distinct words of the records' addresses, each with a number: addresses are compared word by
 * word for every candidate pair, and comparing numbers (and remembering which numbered words are
 * alike) touches far less memory than comparing the words' text.
 */
final class AddressWords {

    private final TextNumbers words = new TextNumbers();
    /** Per word: whether it may be compared loosely (four characters or more, not a house number). */
    private boolean[] fuzzyOf = new boolean[0];
    /** Per word: its length, and which of the letters a to z it holds (a bit each). */
    private int[] lengthOf = new int[0];
    private int[] lettersOf = new int[0];
    /** Per thread: which pairs of words were compared, and whether they were alike. */
    private static final ThreadLocal<PairMemo> ALIKE = ThreadLocal.withInitial(PairMemo::new);

    /** The numbers of the words, in order. */
    int[] numbered(List<String> words) {
        int[] result = new int[words.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = this.words.number(words.get(i));
        }
        return result;
    }

    /** Ends numbering: from here on the words are only compared (by any number of threads). */
    void seal() {
        fuzzyOf = new boolean[words.count()];
        lengthOf = new int[words.count()];
        lettersOf = new int[words.count()];
        for (int i = 0; i < fuzzyOf.length; i++) {
            String text = words.text(i);
            fuzzyOf[i] = text.length() >= 4 && !Character.isDigit(text.charAt(0));
            lengthOf[i] = text.length();
            for (int c = 0; c < text.length(); c++) {
                char letter = text.charAt(c);
                if (letter >= 'a' && letter <= 'z') {
                    lettersOf[i] |= 1 << (letter - 'a');
                }
            }
        }
    }

    /**
     * True when the words are the same, or both are words of four letters or more (not house numbers)
     * whose Jaro-Winkler similarity reaches {@link Comparisons#SIMILAR}.
     */
    boolean alike(int x, int y) {
        if (x == y) {
            return true;
        }
        if (!fuzzyOf[x] || !fuzzyOf[y] || !mayBeAlike(x, y)) {
            return false;
        }
        PairMemo memo = ALIKE.get();
        int remembered = memo.get(words.numbering(), x, y);
        if (remembered != PairMemo.MISS) {
            return remembered == 1;
        }
        boolean alike = Comparisons.jaroWinkler(words.text(x), words.text(y)) >= Comparisons.SIMILAR;
        memo.put(x, y, alike ? 1 : 0);
        return alike;
    }

    /**
     * False when the words cannot reach {@link Comparisons#SIMILAR}: Jaro's matching characters are
     * at most the characters of each word whose letter the other word has somewhere (each letter
     * one word has and the other lacks costs it at least one character), and Winkler's bonus for a
     * common prefix is at most four tenths of what Jaro leaves. Words are lower case; other
     * characters are not counted against a word, so the bound stays an upper bound.
     */
    private boolean mayBeAlike(int x, int y) {
        int onlyX = Integer.bitCount(lettersOf[x] & ~lettersOf[y]);
        int onlyY = Integer.bitCount(lettersOf[y] & ~lettersOf[x]);
        int matching = Math.min(lengthOf[x] - onlyX, lengthOf[y] - onlyY);
        if (matching <= 0) {
            return false;
        }
        double jaro = (matching / (double) lengthOf[x] + matching / (double) lengthOf[y] + 1) / 3;
        return jaro + 0.4 * (1 - jaro) >= Comparisons.SIMILAR;
    }
}
