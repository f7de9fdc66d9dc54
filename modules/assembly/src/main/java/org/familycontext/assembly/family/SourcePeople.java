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
 * A housing record's involvement is a tenancy: its start and end say when its tenant lived at its
 * address, which the matcher compares (one person lives in one home at a time).
 */
final class SourcePeople {

    /**
     * The dataset whose involvements are tenancies of the record's address: the code of the product's
     * housing dataset (tenancy's {@code Dataset.HOUSING}; the assembly module does not depend on it).
     */
    static final String TENANCIES = "housing";

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
            boolean tenancy = TENANCIES.equals(r.dataset()) && r.involvement() != null && r.involvement().start() != null;
            records.add(new PersonRecord(Integer.toString(index++), 0, r.givenName(), r.familyName(), birth, r.gender(), r.address(),
                    r.postcode(), null, r.nhsNumber(), r.upn(), null, null, null, r.uprn(), tenancy ? r.involvement().start() : null,
                    tenancy ? r.involvement().end() : null));
        }
    }

    int size() {
        return people.size();
    }
}
