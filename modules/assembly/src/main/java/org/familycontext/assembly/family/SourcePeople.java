package org.familycontext.assembly.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.matching.PartialDate;
import org.familycontext.matching.PersonRecord;

/**
 * The people of a council's sources as the matcher sees them: one record per source and person
 * reference (a source repeats a person on a row per involvement), from the person's first row.
 */
final class SourcePeople {

    final List<SourcePerson> people = new ArrayList<>();
    final List<PersonRecord> records = new ArrayList<>();
    final List<CurrentRecord> firstRows = new ArrayList<>();

    SourcePeople(List<CurrentRecord> rows) {
        Map<SourcePerson, CurrentRecord> first = new LinkedHashMap<>();
        for (CurrentRecord row : rows) {
            first.putIfAbsent(new SourcePerson(row.source(), row.personRef()), row);
        }
        int index = 0;
        for (Map.Entry<SourcePerson, CurrentRecord> e : first.entrySet()) {
            CurrentRecord r = e.getValue();
            PartialDate birth = r.birthDate() == null ? PartialDate.UNKNOWN
                    : new PartialDate(r.birthDate().getYear(), r.birthDate().getMonthValue(), r.birthDate().getDayOfMonth());
            people.add(e.getKey());
            firstRows.add(r);
            records.add(new PersonRecord(Integer.toString(index++), 0, r.givenName(), r.familyName(), birth, r.gender(), r.address(),
                    r.postcode(), null, r.nhsNumber(), r.upn(), null, null, null, r.uprn()));
        }
    }

    int size() {
        return people.size();
    }
}
