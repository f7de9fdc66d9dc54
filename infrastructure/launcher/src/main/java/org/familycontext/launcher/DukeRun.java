package org.familycontext.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.matching.PartialDate;
import org.familycontext.matching.PersonRecord;
import org.familycontext.dukebaseline.DukeBaseline;
import org.familycontext.dukebaseline.DukePair;
import org.familycontext.dukebaseline.DukeRecord;

/** Runs Duke 1.2 on the benchmark's records, for figures side by side with the matcher's. */
final class DukeRun {

    private DukeRun() {
    }

    /** Duke's matches as pairs of record positions. */
    static List<int[]> links(List<PersonRecord> records, boolean oneToOne, int threads) {
        List<DukeRecord> left = new ArrayList<>();
        List<DukeRecord> right = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            PersonRecord r = records.get(i);
            position.put(r.side() + ":" + r.id(), i);
            (r.side() == 0 ? left : right).add(new DukeRecord(r.id(), fields(r)));
        }
        List<DukePair> pairs = right.isEmpty() ? DukeBaseline.deduplicate(left, threads)
                : DukeBaseline.link(left, right, oneToOne, threads);
        List<int[]> links = new ArrayList<>();
        for (DukePair pair : pairs) {
            int a = position.get("0:" + pair.leftId());
            Integer b = position.get((right.isEmpty() ? "0:" : "1:") + pair.rightId());
            links.add(new int[] {a, b});
        }
        return links;
    }

    /** Duke's matches chained into groups (as a person store would): each record's group. */
    static int[] chained(int size, List<int[]> links) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (int[] link : links) {
            parent[find(parent, link[0])] = find(parent, link[1]);
        }
        int[] group = new int[size];
        for (int i = 0; i < size; i++) {
            group[i] = find(parent, i);
        }
        return group;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Map<String, String> fields(PersonRecord r) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("given_name", r.givenName());
        fields.put("family_name", r.familyName());
        PartialDate birth = r.dateOfBirth();
        if (birth.isComplete()) {
            fields.put("date_of_birth", String.format("%04d-%02d-%02d", birth.year(), birth.month(), birth.day()));
        }
        fields.put("address", r.address());
        fields.put("postcode", r.postcode());
        fields.put("city", r.city());
        fields.put("email", r.email());
        fields.put("phone", r.phone());
        fields.put("gender", r.gender());
        fields.put("nhs_number", r.nhsNumber());
        fields.put("upn", r.upn());
        fields.put("other_id", r.otherId());
        return fields;
    }
}
