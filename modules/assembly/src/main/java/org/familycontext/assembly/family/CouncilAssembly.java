package org.familycontext.assembly.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.adapters.CurrentRelationship;
import org.familycontext.adapters.SourceData;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.assembly.linkage.FieldAgreement;
import org.familycontext.assembly.linkage.LinkResult;
import org.familycontext.assembly.linkage.LinkSettings;
import org.familycontext.assembly.linkage.Linker;
import org.familycontext.assembly.linkage.ScoredPair;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.LogText;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links all current source records of a council into people and stores them with their links,
 * addresses and recorded relationships, replacing the previous run's in one transaction; person
 * ids carry over where the person is the same. One run per council at a time.
 */
public final class CouncilAssembly {

    private static final Logger LOG = Logger.getLogger(CouncilAssembly.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SourceData sources;
    private final AssemblyStore store;
    private final LinkSettings settings;
    private final Clock clock;
    private final Map<CouncilId, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<CouncilId, java.util.concurrent.atomic.AtomicInteger> pending = new java.util.concurrent.ConcurrentHashMap<>();

    public CouncilAssembly(SourceData sources, AssemblyStore store, LinkSettings settings, Clock clock) {
        this.sources = sources;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Asks for a re-link of the council after its sources changed, from a background thread: when a
     * run for the council is already going, one more run follows it (however many loads were
     * published meanwhile), so that a burst of loads costs at most two runs.
     *
     * @return true when this call ran the re-link(s); false when a running one will pick the change up
     */
    public boolean relinkSoon(CouncilId council) {
        java.util.concurrent.atomic.AtomicInteger requests = pending.computeIfAbsent(council,
                c -> new java.util.concurrent.atomic.AtomicInteger());
        if (requests.getAndIncrement() > 0) {
            return false;
        }
        do {
            requests.set(1);
            relink(council);
        } while (requests.decrementAndGet() > 0);
        return true;
    }

    /** Re-links the council; the previous people stay until the new ones are stored. */
    public LinkageOutcome relink(CouncilId council) {
        synchronized (locks.computeIfAbsent(council, c -> new Object())) {
            UUID run = store.begin(council, clock.instant());
            try {
                LinkageOutcome outcome = link(council, run);
                LOG.log(Level.INFO, "Council {0}: linked {1} source records into {2} people ({3} links, {4} possible matches, "
                        + "{5} people kept their id, {6} ms)", new Object[] {council, outcome.records(), outcome.people(),
                            outcome.links(), outcome.possible(), outcome.keptIds(), outcome.millis()});
                return outcome;
            } catch (RuntimeException e) {
                store.failed(council, run, LogText.causes(e), clock.instant());
                throw e;
            }
        }
    }

    private LinkageOutcome link(CouncilId council, UUID run) {
        long started = clock.millis();
        List<CurrentRecord> rows = sources.records(council);
        SourcePeople people = new SourcePeople(rows);
        LinkResult result = people.size() == 0 ? null : new Linker(settings, clock).link(people.records);
        int[] personOf = result == null ? new int[0] : result.personOf();
        Map<SourcePerson, UUID> previous = store.personIds(council);
        UUID[] ids = StableIds.assign(personOf, people.people, previous, UUID::randomUUID);
        Map<SourcePerson, UUID> idOf = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            idOf.put(people.people.get(i), ids[i]);
        }
        List<Object[]> links = result == null ? List.of() : links(result, people);
        Assembled assembled = new Assembled(persons(people, ids), memberships(people, ids), links, addresses(rows, idOf),
                relationships(council, people, idOf));
        int linkCount = (int) links.stream().filter(l -> "LINK".equals(l[6])).count();
        LinkageOutcome outcome = new LinkageOutcome(people.size(), result == null ? 0 : result.statistics().comparisons(), linkCount,
                links.size() - linkCount, assembled.people().size(), StableIds.kept(ids, previous), clock.millis() - started);
        store.replace(council, run, assembled, outcome, clock.instant());
        return outcome;
    }

    /** One row per person, named as most of their records name them. */
    private static List<Object[]> persons(SourcePeople people, UUID[] ids) {
        Map<UUID, List<CurrentRecord>> byPerson = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byPerson.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(people.firstRows.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        byPerson.forEach((id, records) -> rows.add(new Object[] {id, mostCommon(records, CurrentRecord::givenName),
            mostCommon(records, CurrentRecord::familyName), date(mostCommon(records, CurrentRecord::birthDate)), records.size()}));
        return rows;
    }

    private static <T> T mostCommon(List<CurrentRecord> records, java.util.function.Function<CurrentRecord, T> value) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (CurrentRecord record : records) {
            T v = value.apply(record);
            if (v != null && !(v instanceof String s && s.isBlank())) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<Object[]> memberships(SourcePeople people, UUID[] ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            rows.add(new Object[] {people.people.get(i).source(), people.people.get(i).personRef(), ids[i]});
        }
        return rows;
    }

    private static List<Object[]> links(LinkResult result, SourcePeople people) {
        List<Object[]> rows = new ArrayList<>();
        for (ScoredPair pair : result.pairs()) {
            SourcePerson a = people.people.get(pair.left());
            SourcePerson b = people.people.get(pair.right());
            List<Map<String, Object>> fields = new ArrayList<>();
            for (FieldAgreement agreement : result.model().explain(pair.pattern())) {
                fields.add(Map.of("field", agreement.field().configName(), "level", agreement.level(), "weight",
                        Math.round(agreement.weight() * 100) / 100.0));
            }
            rows.add(new Object[] {a.source(), a.personRef(), b.source(), b.personRef(), pair.probability(), pair.weight(),
                pair.decision().name(), JSON.writeValueAsString(fields)});
        }
        return rows;
    }

    /** Where each person lived, per source: by UPRN and by postcode and address as written. */
    private static List<Object[]> addresses(List<CurrentRecord> rows, Map<SourcePerson, UUID> idOf) {
        List<Object[]> addresses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CurrentRecord row : rows) {
            String key = addressKey(row.postcode(), row.address());
            if (row.uprn() == null && key == null) {
                continue;
            }
            UUID person = idOf.get(new SourcePerson(row.source(), row.personRef()));
            if (person != null && seen.add(person + "|" + row.source() + "|" + row.uprn() + "|" + key)) {
                addresses.add(new Object[] {person, row.source(), row.uprn(), key, row.address(), date(row.involvement().start()),
                    date(row.involvement().end()), date(row.currentAsOf())});
            }
        }
        return addresses;
    }

    /** Postcode and address reduced to letters and digits, so that spacing and case do not matter; null without both. */
    static String addressKey(String postcode, String address) {
        if (postcode == null || postcode.isBlank() || address == null || address.isBlank()) {
            return null;
        }
        return (postcode + "|" + address).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9|]", "");
    }

    /** Case systems' relationships between people: a relationship source's records are the people sources' of its dataset. */
    private List<Object[]> relationships(CouncilId council, SourcePeople people, Map<SourcePerson, UUID> idOf) {
        Map<String, Set<String>> peopleSources = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            peopleSources.computeIfAbsent(people.firstRows.get(i).dataset(), d -> new HashSet<>()).add(people.people.get(i).source());
        }
        List<Object[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CurrentRelationship relationship : sources.relationships(council)) {
            for (String source : peopleSources.getOrDefault(relationship.dataset(), Set.of())) {
                UUID person = idOf.get(new SourcePerson(source, relationship.recordId()));
                UUID related = idOf.get(new SourcePerson(source, relationship.relatedRecordId()));
                if (person != null && related != null && !person.equals(related)
                        && seen.add(person + "|" + related + "|" + relationship.relationship())) {
                    rows.add(new Object[] {person, related, relationship.relationship(), relationship.source()});
                }
            }
        }
        return rows;
    }

    private static java.sql.Date date(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}
