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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.adapters.CurrentRelationship;
import org.familycontext.adapters.SourceData;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.matching.FieldAgreement;
import org.familycontext.matching.LinkResult;
import org.familycontext.matching.LinkSettings;
import org.familycontext.matching.MatchModel;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.PreparedRecords;
import org.familycontext.matching.Linker;
import org.familycontext.matching.ScoredPair;
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

    /**
     * Re-links the council after its sources changed: incrementally (only the records around those
     * that changed, with the model of the last full run) when there is such a model and at most a
     * third of the records changed; otherwise fully. The previous people stay until the new ones are
     * stored.
     */
    public LinkageOutcome relink(CouncilId council) {
        return run(council, false);
    }

    /** Re-links every record of the council and estimates the model again. */
    public LinkageOutcome relinkFully(CouncilId council) {
        return run(council, true);
    }

    private LinkageOutcome run(CouncilId council, boolean full) {
        synchronized (locks.computeIfAbsent(council, c -> new Object())) {
            long started = clock.millis();
            List<CurrentRecord> rows = sources.records(council);
            SourcePeople people = new SourcePeople(rows);
            Map<SourcePerson, AssemblyStore.Linked> previous = store.linked(council);
            // a model that found no matches (the sources had nobody in common yet) is estimated again with the new records
            Optional<MatchModel> model = full ? Optional.empty()
                    : store.lastModel(council).flatMap(CouncilAssembly::model).filter(MatchModel::findsMatches);
            Changes changes = Changes.between(people, previous);
            boolean incremental = model.isPresent() && !previous.isEmpty() && changes.changed().size() * 3 <= people.size();
            // prepared once, for both the fields the model must compare and the records around the changed ones
            PreparedRecords prepared = incremental ? new PreparedRecords(people.records) : null;
            incremental = incremental && comparesAll(model.get(), prepared);
            UUID run = store.begin(council, incremental ? "INCREMENTAL" : "FULL", clock.instant());
            try {
                LinkageOutcome outcome = incremental
                        ? incremental(council, run, rows, people, previous, changes, prepared, model.get(), started)
                        : full(council, run, rows, people, previous, started);
                LOG.log(Level.INFO, "Council {0}: {1} re-link of {2} of {3} source records into {4} people ({5} links, {6} possible "
                        + "matches, {7} people kept their id, {8} ms)", new Object[] {council, outcome.mode().toLowerCase(Locale.ROOT),
                            outcome.relinked(), outcome.records(), outcome.people(), outcome.links(), outcome.possible(),
                            outcome.keptIds(), outcome.millis()});
                return outcome;
            } catch (RuntimeException e) {
                store.failed(council, run, LogText.causes(e), clock.instant());
                throw e;
            }
        }
    }

    private LinkageOutcome full(CouncilId council, UUID run, List<CurrentRecord> rows, SourcePeople people,
                                Map<SourcePerson, AssemblyStore.Linked> previous, long started) {
        LinkResult result = people.size() == 0 ? null : new Linker(settings, clock).link(people.records);
        if (result != null && !result.model().findsMatches()) {
            LOG.log(Level.WARNING, "Council {0}: the match estimate found no records of one person among {1} source records; "
                    + "nothing is linked", new Object[] {council.value(), people.size()});
        }
        int[] personOf = result == null ? new int[0] : result.personOf();
        Map<SourcePerson, UUID> previousIds = ids(previous);
        UUID[] ids = StableIds.assign(personOf, people.people, previousIds, UUID::randomUUID);
        Map<SourcePerson, UUID> idOf = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            idOf.put(people.people.get(i), ids[i]);
        }
        List<Object[]> links = result == null ? List.of() : links(result, people, null);
        Assembled assembled = new Assembled(persons(people, ids, null), memberships(people, ids, null), links, addresses(rows, idOf),
                relationships(council, people, idOf));
        int linkCount = (int) links.stream().filter(l -> "LINK".equals(l[6])).count();
        LinkageOutcome outcome = new LinkageOutcome("FULL", people.size(), people.size(), result == null ? 0
                : result.statistics().comparisons(), linkCount, links.size() - linkCount, assembled.people().size(),
                StableIds.kept(ids, previousIds), clock.millis() - started);
        store.store(council, run, assembled, null, List.of(), outcome, result == null ? null
                : JSON.writeValueAsString(result.model().toValues()), clock.instant());
        return outcome;
    }

    /**
     * Re-links the records around those that changed: every record sharing a blocking key with a
     * changed one, and every record of the people those belonged to, so that people are rebuilt
     * whole. The other people, their ids and links stay as they were.
     */
    private LinkageOutcome incremental(CouncilId council, UUID run, List<CurrentRecord> rows, SourcePeople people,
                                       Map<SourcePerson, AssemblyStore.Linked> previous, Changes changes, PreparedRecords prepared,
                                       MatchModel model, long started) {
        java.util.Set<Integer> affected = changes.changed().isEmpty() ? new java.util.TreeSet<>()
                : prepared.neighbours(changes.changed(), settings.maxBlock());
        java.util.Set<UUID> oldIds = new HashSet<>();
        for (int i : affected) {
            AssemblyStore.Linked before = previous.get(people.people.get(i));
            if (before != null) {
                oldIds.add(before.person());
            }
        }
        changes.gone().forEach(gone -> oldIds.add(previous.get(gone).person()));
        for (int i = 0; i < people.size(); i++) {
            AssemblyStore.Linked before = previous.get(people.people.get(i));
            if (before != null && oldIds.contains(before.person())) {
                affected.add(i);
            }
        }
        int[] subset = affected.stream().mapToInt(Integer::intValue).toArray();
        List<PersonRecord> subsetRecords = new ArrayList<>(subset.length);
        List<SourcePerson> subsetPeople = new ArrayList<>(subset.length);
        for (int i : subset) {
            subsetRecords.add(people.records.get(i));
            subsetPeople.add(people.people.get(i));
        }
        LinkResult result = subset.length == 0 ? null : new Linker(settings.withModel(model), clock).link(subsetRecords);
        Map<SourcePerson, UUID> previousIds = ids(previous);
        UUID[] subsetIds = StableIds.assign(result == null ? new int[0] : result.personOf(), subsetPeople, previousIds,
                UUID::randomUUID);
        Map<SourcePerson, UUID> idOf = new HashMap<>(previousIds);
        changes.gone().forEach(idOf::remove);
        UUID[] ids = new UUID[people.size()];
        for (int i = 0; i < people.size(); i++) {
            ids[i] = idOf.get(people.people.get(i));
        }
        for (int k = 0; k < subset.length; k++) {
            ids[subset[k]] = subsetIds[k];
            idOf.put(subsetPeople.get(k), subsetIds[k]);
        }
        List<Object[]> links = result == null ? List.of() : links(result, people, subset);
        Assembled assembled = new Assembled(persons(people, ids, subset), memberships(people, ids, subset), links,
                addresses(rows, idOf), relationships(council, people, idOf));
        int linkCount = (int) links.stream().filter(l -> "LINK".equals(l[6])).count();
        LinkageOutcome outcome = new LinkageOutcome("INCREMENTAL", people.size(), subset.length, result == null ? 0
                : result.statistics().comparisons(), linkCount, links.size() - linkCount, assembled.people().size(),
                StableIds.kept(subsetIds, previousIds), clock.millis() - started);
        List<SourcePerson> replaced = new ArrayList<>(subsetPeople);
        replaced.addAll(changes.gone());
        store.store(council, run, assembled, replaced, new ArrayList<>(oldIds), outcome, JSON.writeValueAsString(model.toValues()),
                clock.instant());
        return outcome;
    }

    private static Map<SourcePerson, UUID> ids(Map<SourcePerson, AssemblyStore.Linked> previous) {
        Map<SourcePerson, UUID> ids = new HashMap<>();
        previous.forEach((person, linked) -> ids.put(person, linked.person()));
        return ids;
    }

    /** The stored model; empty when it cannot be used (stored by an earlier version): the run is then full. */
    @SuppressWarnings("unchecked")
    /**
     * False (and the run is full) when the records hold a field the stored model does not compare,
     * e.g. a new source's.
     */
    private static boolean comparesAll(MatchModel model, PreparedRecords prepared) {
        if (model.fields().containsAll(prepared.fieldsHeld())) {
            return true;
        }
        LOG.log(Level.INFO, "The sources now hold a field the stored match model does not compare; re-linking fully");
        return false;
    }

    private static Optional<MatchModel> model(String stored) {
        try {
            return Optional.of(MatchModel.fromValues(JSON.readValue(stored, Map.class)));
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            LOG.log(Level.INFO, "The stored match model cannot be used ({0}); re-linking fully", e.getMessage());
            return Optional.empty();
        }
    }

    /** One row per person, named as most of their records name them. */
    private static List<Object[]> persons(SourcePeople people, UUID[] ids, int[] subset) {
        Map<UUID, List<CurrentRecord>> byPerson = new LinkedHashMap<>();
        for (int i : indexes(ids.length, subset)) {
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

    private static List<Object[]> memberships(SourcePeople people, UUID[] ids, int[] subset) {
        List<Object[]> rows = new ArrayList<>();
        for (int i : indexes(ids.length, subset)) {
            rows.add(new Object[] {people.people.get(i).source(), people.people.get(i).personRef(), ids[i],
                Changes.digest(people.records.get(i))});
        }
        return rows;
    }

    private static int[] indexes(int size, int[] subset) {
        return subset != null ? subset : java.util.stream.IntStream.range(0, size).toArray();
    }

    /** The result's links as rows; its record positions index the subset when there is one. */
    private static List<Object[]> links(LinkResult result, SourcePeople people, int[] subset) {
        List<Object[]> rows = new ArrayList<>();
        for (ScoredPair pair : result.pairs()) {
            SourcePerson a = people.people.get(subset == null ? pair.left() : subset[pair.left()]);
            SourcePerson b = people.people.get(subset == null ? pair.right() : subset[pair.right()]);
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
