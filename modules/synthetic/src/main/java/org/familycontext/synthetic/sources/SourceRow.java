package org.familycontext.synthetic.sources;

import java.util.ArrayList;
import java.util.List;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Person;

/**
 * One row of one extract, before a style writes it: canonical field values (text, dates or coded
 * values) plus the truth behind it (who it is, which household its address belongs to, the
 * errors put into it). Record ids that only the council's system can number are left for the
 * extract writer to fill in.
 */
public final class SourceRow {

    private static final int FIELDS = Field.values().length;
    private final SourceFile file;
    private final Person subject;
    private final Household household;
    private final Object[] values = new Object[FIELDS];
    private Person related;
    private List<RecordedError> errors = List.of();

    public SourceRow(SourceFile file, Person subject, Household household) {
        this.file = file;
        this.subject = subject;
        this.household = household;
    }

    public SourceFile file() {
        return file;
    }

    /** Who the row is really about. */
    public Person subject() {
        return subject;
    }

    /** The household whose address the row shows (or, for relationships, the subject's). */
    public Household household() {
        return household;
    }

    /** The other person of a relationship row, else null. */
    public Person related() {
        return related;
    }

    public SourceRow relatedTo(Person person) {
        this.related = person;
        return this;
    }

    public SourceRow put(Field field, Object value) {
        values[field.ordinal()] = value;
        return this;
    }

    /** The value: a String, a LocalDate, a coded value, or null for empty. */
    public Object value(Field field) {
        return values[field.ordinal()];
    }

    public List<RecordedError> errors() {
        return errors;
    }

    public SourceRow withErrors(List<RecordedError> more) {
        if (!more.isEmpty()) {
            List<RecordedError> all = new ArrayList<>(errors);
            all.addAll(more);
            errors = all;
        }
        return this;
    }
}
