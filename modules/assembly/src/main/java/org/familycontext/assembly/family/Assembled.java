package org.familycontext.assembly.family;

import java.util.List;

/**
 * A council's people as one linkage run assembled them, as rows for the assembly tables (in their
 * columns' order, without the council).
 *
 * @param people        person_id, given_name, family_name, birth_date, records
 * @param records       source_id, person_ref, person_id, digest
 * @param links         source_a, ref_a, source_b, ref_b, probability, weight, decision, explanation
 * @param addresses     person_id, source_id, uprn, address_key, address, since, until, as_of
 * @param relationships person_id, related_person_id, relationship, source_id
 */
record Assembled(List<Object[]> people, List<Object[]> records, List<Object[]> links, List<Object[]> addresses,
                 List<Object[]> relationships) {
}
