package org.familycontext.adapters.current;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.familycontext.adapters.CurrentRecord;
import org.familycontext.adapters.CurrentRelationship;
import org.familycontext.adapters.SourceData;
import org.familycontext.kernel.CouncilId;
import org.familycontext.kernel.CouncilScope;
import org.familycontext.kernel.Jdbc;

/** Reads the current loads' rows in the council's own transaction (row-level security), as the application role. */
public final class CurrentSourceData implements SourceData {

    private static final String COLUMNS = "r.source_id, l.dataset, r.record_id, r.person_ref, r.given_name, r.family_name, "
            + "r.birth_date, r.gender, r.nhs_number, r.upn, r.address, r.postcode, r.uprn, r.involvement_type, r.involvement_start, "
            + "r.involvement_end, r.last_contact, r.organisation, r.team, r.practitioner_name, r.practitioner_role, "
            + "r.practitioner_phone, r.practitioner_email, r.asb, r.eviction, r.notice_seeking_possession, r.rent_arrears, "
            + "r.offence_date, r.offence_type, r.offence_role, r.safeguarding, l.current_as_of";
    private static final String FROM = " FROM adapters.current_source_record r JOIN adapters.load_run l ON l.id = r.load_id ";
    private static final int CHUNK = 500;

    private final Jdbc jdbc;
    private final CouncilScope scope;

    public CurrentSourceData(DataSource application, CouncilScope scope) {
        this.jdbc = new Jdbc(application);
        this.scope = scope;
    }

    @Override
    public List<CurrentRecord> records(CouncilId council) {
        return scope.call(council, () -> jdbc.query("SELECT " + COLUMNS + FROM + "ORDER BY r.source_id, r.person_ref, r.row_number",
                CurrentSourceData::record));
    }

    @Override
    public List<CurrentRecord> recordsOf(CouncilId council, Collection<SourcePerson> people) {
        List<SourcePerson> all = new ArrayList<>(people);
        List<CurrentRecord> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<SourcePerson> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String[] sources = chunk.stream().map(SourcePerson::source).toArray(String[]::new);
            String[] refs = chunk.stream().map(SourcePerson::personRef).toArray(String[]::new);
            found.addAll(scope.call(council, () -> jdbc.query("SELECT " + COLUMNS + FROM + "JOIN unnest(?::text[], ?::text[]) "
                    + "AS p(source_id, person_ref) ON p.source_id = r.source_id AND p.person_ref = r.person_ref "
                    + "ORDER BY r.source_id, r.person_ref, r.row_number", CurrentSourceData::record, sources, refs)));
        }
        return found;
    }

    @Override
    public List<CurrentRelationship> relationships(CouncilId council) {
        return scope.call(council, () -> jdbc.query("SELECT r.source_id, l.dataset, r.record_id, r.related_record_id, r.relationship "
                + "FROM adapters.current_source_relationship r JOIN adapters.load_run l ON l.id = r.load_id "
                + "ORDER BY r.source_id, r.row_number", row -> new CurrentRelationship(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5))));
    }

    private static CurrentRecord record(ResultSet row) throws SQLException {
        Map<String, String> flags = new LinkedHashMap<>();
        for (String[] flag : new String[][] {{"asb", "asb"}, {"eviction", "eviction"}, {"notice_seeking_possession",
            "noticeSeekingPossession"}, {"rent_arrears", "rentArrears"}, {"offence_date", "offenceDate"}, {"offence_type",
            "offenceType"}, {"offence_role", "offenceRole"}, {"safeguarding", "safeguarding"}}) {
            String value = row.getString(flag[0]);
            if (value != null) {
                flags.put(flag[1], value);
            }
        }
        CurrentRecord.Involvement involvement = new CurrentRecord.Involvement(row.getString("involvement_type"),
                date(row, "involvement_start"), date(row, "involvement_end"), date(row, "last_contact"), row.getString("organisation"),
                row.getString("team"), row.getString("practitioner_name"), row.getString("practitioner_role"),
                row.getString("practitioner_phone"), row.getString("practitioner_email"), Map.copyOf(flags));
        return new CurrentRecord(row.getString("source_id"), row.getString("dataset"), row.getString("record_id"),
                row.getString("person_ref"), row.getString("given_name"), row.getString("family_name"), date(row, "birth_date"),
                row.getString("gender"), row.getString("nhs_number"), row.getString("upn"), row.getString("address"),
                row.getString("postcode"), row.getString("uprn"), involvement, date(row, "current_as_of"));
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
