package org.familycontext.assembly.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.adapters.SourceData;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.familycontext.assembly.Families;
import org.familycontext.assembly.FamilyView;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.assembly.PersonSearch;
import org.familycontext.assembly.PersonSummary;
import org.familycontext.kernel.CouncilId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Answers the family assembly's queries from the assembled people and the sources' current rows. */
public final class FamilyQuery implements Families {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_MEMBERS = 100;

    private final AssemblyStore store;
    private final SourceData sources;
    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    private final CouncilAssembly assembly;
    private final java.time.Clock clock;

    public FamilyQuery(AssemblyStore store, SourceData sources, CouncilAssembly assembly, java.time.Clock clock) {
        this.store = store;
        this.sources = sources;
        this.assembly = assembly;
        this.clock = clock;
    }

    @Override
    public List<PersonSummary> search(CouncilId council, PersonSearch search) {
        return store.search(council, search);
    }

    @Override
    public List<PersonSummary> searchChildren(CouncilId council, PersonSearch search) {
        return store.search(council, search.childrenOn(java.time.LocalDate.now(clock.withZone(UK))));
    }

    @Override
    public Optional<PersonSummary> bySourceRecord(CouncilId council, String source, String personRef) {
        return store.personOf(council, new SourcePerson(source, personRef)).flatMap(id -> store.person(council, id));
    }

    @Override
    public LinkageOutcome relink(CouncilId council) {
        return assembly.relinkFully(council);
    }

    @Override
    public Optional<FamilyView> family(CouncilId council, UUID id) {
        Optional<PersonSummary> subject = store.person(council, id);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, List<FamilyView.Connection>> connections = new LinkedHashMap<>();
        connections.put(id, new ArrayList<>());
        for (AssemblyStore.StoredRelationship r : store.relationshipsOf(council, id)) {
            connections.computeIfAbsent(r.related(), k -> new ArrayList<>()).add(new FamilyView.Connection("RELATIONSHIP",
                    r.reversed() ? r.relationship() + " (recorded for the other person)" : r.relationship(), r.source(), null, null,
                    null));
        }
        for (AssemblyStore.SharedAddress a : store.householdOf(council, id)) {
            connections.computeIfAbsent(a.person(), k -> new ArrayList<>()).add(new FamilyView.Connection("HOUSEHOLD",
                    "household member", a.source(), a.address(), a.since(), a.until()));
        }
        List<UUID> memberIds = connections.keySet().stream().limit(MAX_MEMBERS).toList();
        Map<UUID, PersonSummary> summaries = new LinkedHashMap<>();
        store.people(council, memberIds).forEach(p -> summaries.put(p.id(), p));
        Map<UUID, List<SourcePerson>> recordsOf = new LinkedHashMap<>();
        Set<SourcePerson> all = new LinkedHashSet<>();
        for (UUID member : memberIds) {
            List<SourcePerson> records = store.sourcePeople(council, member);
            recordsOf.put(member, records);
            all.addAll(records);
        }
        Map<SourcePerson, List<FamilyView.Involvement>> involvements = new LinkedHashMap<>();
        for (CurrentRecord row : sources.recordsOf(council, all)) {
            involvements.computeIfAbsent(new SourcePerson(row.source(), row.personRef()), k -> new ArrayList<>()).add(involvement(row));
        }
        List<FamilyView.Member> members = new ArrayList<>();
        for (UUID member : memberIds) {
            PersonSummary summary = summaries.get(member);
            if (summary == null) {
                continue;
            }
            List<FamilyView.Involvement> theirs = new ArrayList<>();
            recordsOf.get(member).forEach(r -> theirs.addAll(involvements.getOrDefault(r, List.of())));
            theirs.sort(Comparator.comparing(FamilyView.Involvement::dataset).thenComparing(FamilyView.Involvement::source)
                    .thenComparing(i -> i.start() == null ? java.time.LocalDate.MIN : i.start(), Comparator.reverseOrder()));
            members.add(new FamilyView.Member(summary, List.copyOf(connections.get(member)), theirs));
        }
        return Optional.of(linksAndMatches(council, subject.get(), members, recordsOf.get(id)));
    }

    private FamilyView linksAndMatches(CouncilId council, PersonSummary subject, List<FamilyView.Member> members,
                                       List<SourcePerson> own) {
        Set<SourcePerson> mine = new LinkedHashSet<>(own);
        List<FamilyView.RecordLink> same = new ArrayList<>();
        Map<SourcePerson, FamilyView.RecordLink> possibleOthers = new LinkedHashMap<>();
        for (AssemblyStore.StoredLink link : store.links(council, own)) {
            FamilyView.RecordLink view = new FamilyView.RecordLink(link.a().source(), link.a().personRef(), link.b().source(),
                    link.b().personRef(), link.probability(), link.decision(), fields(link.explanation()));
            boolean bothMine = mine.contains(link.a()) && mine.contains(link.b());
            if (bothMine) {
                same.add(view);
            } else if ("POSSIBLE".equals(link.decision())) {
                possibleOthers.putIfAbsent(mine.contains(link.a()) ? link.b() : link.a(), view);
            }
        }
        Map<SourcePerson, UUID> others = store.personsOf(council, new ArrayList<>(possibleOthers.keySet()));
        Map<UUID, FamilyView.RecordLink> byPerson = new LinkedHashMap<>();
        possibleOthers.forEach((record, link) -> {
            UUID other = others.get(record);
            if (other != null && !other.equals(subject.id())) {
                byPerson.putIfAbsent(other, link);
            }
        });
        List<FamilyView.PossibleMatch> possible = new ArrayList<>();
        for (PersonSummary other : store.people(council, new ArrayList<>(byPerson.keySet()))) {
            possible.add(new FamilyView.PossibleMatch(other, byPerson.get(other.id())));
        }
        possible.sort(Comparator.comparingDouble((FamilyView.PossibleMatch m) -> m.link().probability()).reversed());
        return new FamilyView(subject, members, same, possible);
    }

    private static List<Map<String, Object>> fields(String explanation) {
        return JSON.readValue(explanation, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static FamilyView.Involvement involvement(CurrentRecord row) {
        CurrentRecord.Involvement i = row.involvement();
        Map<String, String> practitioner = new LinkedHashMap<>();
        put(practitioner, "name", i.practitionerName());
        put(practitioner, "role", i.practitionerRole());
        put(practitioner, "phone", i.practitionerPhone());
        put(practitioner, "email", i.practitionerEmail());
        return new FamilyView.Involvement(row.dataset(), row.source(), row.recordId(), i.type(), i.start(), i.end(), i.lastContact(),
                i.organisation(), i.team(), practitioner, i.flags(), row.currentAsOf());
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
