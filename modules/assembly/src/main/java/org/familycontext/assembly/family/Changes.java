package org.familycontext.assembly.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.matching.PersonRecord;

/**
 * What changed in a council's sources since the last run: source persons that are new or whose
 * compared fields changed (by position in the current people), and source persons that are gone.
 *
 * @param changed positions of new or changed source persons
 * @param gone    source persons linked last time and no longer in the sources
 */
record Changes(List<Integer> changed, List<SourcePerson> gone) {

    static Changes between(SourcePeople people, Map<SourcePerson, AssemblyStore.Linked> previous) {
        List<Integer> changed = new ArrayList<>();
        Set<SourcePerson> current = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            SourcePerson person = people.people.get(i);
            current.add(person);
            AssemblyStore.Linked before = previous.get(person);
            if (before == null || !Objects.equals(before.digest(), digest(people.records.get(i)))) {
                changed.add(i);
            }
        }
        List<SourcePerson> gone = previous.keySet().stream().filter(p -> !current.contains(p)).toList();
        return new Changes(changed, gone);
    }

    /** A digest of what the matcher compares of a record (not its id). */
    static String digest(PersonRecord r) {
        StringBuilder text = new StringBuilder();
        for (Object value : new Object[] {r.givenName(), r.familyName(), r.dateOfBirth().packed(), r.gender(), r.address(),
            r.postcode(), r.city(), r.nhsNumber(), r.upn(), r.otherId(), r.phone(), r.email(), r.uprn(), r.livedFrom(), r.livedTo()}) {
            text.append(value == null ? "\u001e" : value + "\u001f");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
