package org.familycontext.synthetic.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.familycontext.synthetic.region.Person;
import org.familycontext.synthetic.sources.Field;
import org.familycontext.synthetic.sources.SourceRow;

/**
 * The record numbers one council's systems issue, in the order records reach them: case-system
 * person ids, adult social care client ids, tenancy references, crime references and nominal ids.
 * Within one family a person keeps one case-system id and one nominal id.
 */
final class RecordNumbers {

    private long casePeople = 1_000_000;
    private long clients = 5_000_000;
    private long tenancies;
    private long offences;
    private long nominals;

    FamilyScope newFamily() {
        return new FamilyScope();
    }

    /** Numbers for one family's rows: the same person gets the same id in every row of a file pair. */
    final class FamilyScope {

        private final Map<Person, String> caseIds = new IdentityHashMap<>(8);
        private final Map<Person, String> nominalIds = new IdentityHashMap<>(4);

        /** Fills the row's record id (and related id or nominal id) where the system issues them. */
        void number(SourceRow row) {
            switch (row.file()) {
                case CSC_PEOPLE -> row.put(Field.RECORD_ID, caseIds.computeIfAbsent(row.subject(),
                        p -> Long.toString(++casePeople)));
                case CSC_RELATIONSHIPS -> row.put(Field.RECORD_ID, caseId(row.subject()))
                        .put(Field.RELATED_RECORD_ID, caseId(row.related()));
                case ADULT_SOCIAL_CARE -> row.put(Field.RECORD_ID, Long.toString(++clients));
                case HOUSING -> row.put(Field.RECORD_ID, "T" + pad(++tenancies, 7));
                case POLICE -> row.put(Field.RECORD_ID, "CR" + pad(++offences, 8)).put(Field.PERSON_REF,
                        nominalIds.computeIfAbsent(row.subject(), p -> "N" + pad(++nominals, 6)));
                case SCHOOL -> {
                    // the UPN is the record id, already on the row
                }
            }
        }

        private String caseId(Person person) {
            String id = caseIds.get(person);
            if (id == null) {
                throw new IllegalStateException("relationship to a person with no case record: " + person);
            }
            return id;
        }
    }

    private static String pad(long n, int width) {
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
