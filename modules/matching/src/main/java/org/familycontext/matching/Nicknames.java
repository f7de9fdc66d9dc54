package org.familycontext.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Given names that count as the same name (William, Bill, Will, Liam): groups read from
 * {@code nicknames.txt}. A name may belong to several groups (Alex: Alexander and Alexandra).
 */
final class Nicknames {

    private static final int[] NONE = new int[0];
    private static final Nicknames STANDARD = load();

    private final Map<String, int[]> groups;

    private Nicknames(Map<String, int[]> groups) {
        this.groups = groups;
    }

    static Nicknames standard() {
        return STANDARD;
    }

    /** The groups the name belongs to, sorted; empty when it is in none. */
    int[] groupsOf(String name) {
        return name == null ? NONE : groups.getOrDefault(name, NONE);
    }

    /** True when the two sorted group lists share a group. */
    static boolean share(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    private static Nicknames load() {
        Map<String, int[]> groups = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream("nicknames.txt")) {
            if (in == null) {
                throw new IllegalStateException("nicknames.txt is missing from the matching module");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int group = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String name : line.split(",")) {
                    String key = Text.joined(Text.words(name));
                    if (key != null) {
                        int[] old = groups.getOrDefault(key, NONE);
                        if (old.length == 0 || old[old.length - 1] != group) {
                            int[] grown = Arrays.copyOf(old, old.length + 1);
                            grown[old.length] = group;
                            groups.put(key, grown);
                        }
                    }
                }
                group++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nicknames.txt cannot be read", e);
        }
        return new Nicknames(groups);
    }
}
