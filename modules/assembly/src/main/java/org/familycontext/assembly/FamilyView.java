package org.familycontext.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's family network: the person, the people around them (with how they are connected), and
 * for each the service involvements every source records, with whom to call.
 *
 * @param person          the person asked about
 * @param members         the person first, then the people connected to them
 * @param sameRecords     why the person's records are one person: each link with field agreements
 * @param possibleMatches other people whose records may be this person's (shown, never merged)
 */
public record FamilyView(PersonSummary person, List<Member> members, List<RecordLink> sameRecords,
                         List<PossibleMatch> possibleMatches) {

    /**
     * One person of the network.
     *
     * @param person       who
     * @param connections  how they are connected to the person asked about (empty for the person)
     * @param involvements every service involvement their records show
     */
    public record Member(PersonSummary person, List<Connection> connections, List<Involvement> involvements) {
    }

    /**
     * A connection to the person asked about.
     *
     * @param kind         RELATIONSHIP (a case system records it) or HOUSEHOLD (they lived at the same address)
     * @param relationship the relationship as recorded (parent, sibling, ...), or "household member"
     * @param source       the source that says so
     * @param address      for HOUSEHOLD, the shared address as written
     * @param since        from when, when known
     * @param until        until when, when known
     */
    public record Connection(String kind, String relationship, String source, String address, LocalDate since, LocalDate until) {
    }

    /**
     * A service involvement, from one row of one source.
     *
     * @param dataset      the dataset (e.g. childrens-social-care), for agreements to filter on
     * @param source       the source id
     * @param recordId     the row's record id in the source
     * @param type         the involvement's type
     * @param start        coverage start
     * @param end          coverage end, when ended
     * @param lastContact  last contact
     * @param organisation the organisation involved
     * @param team         the team
     * @param practitioner whom to call: name, role, phone, e-mail (only those known)
     * @param details      further fields of the dataset, by canonical name
     * @param currentAsOf  the date the source's data is current as of
     */
    public record Involvement(String dataset, String source, String recordId, String type, LocalDate start, LocalDate end,
                              LocalDate lastContact, String organisation, String team, Map<String, String> practitioner,
                              Map<String, String> details, LocalDate currentAsOf) {
    }

    /**
     * A link between two source records.
     *
     * @param sourceA     one record's source
     * @param refA        its person reference
     * @param sourceB     the other's source
     * @param refB        its person reference
     * @param probability the probability that they are one person
     * @param decision    LINK or POSSIBLE
     * @param fields      per compared field: its level and weight
     */
    public record RecordLink(String sourceA, String refA, String sourceB, String refB, double probability, String decision,
                             List<Map<String, Object>> fields) {
    }

    /**
     * Another person whose records may be this person's.
     *
     * @param person the other person
     * @param link   the strongest possible match between their records
     */
    public record PossibleMatch(PersonSummary person, RecordLink link) {
    }
}
