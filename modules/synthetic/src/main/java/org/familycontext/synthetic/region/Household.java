package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * People living together at a dwelling for a period. When the people or the dwelling change, the
 * household ends and a new one starts, so each household has one membership and one address.
 */
public final class Household {

    private final String id;
    private final Dwelling dwelling;
    private final List<Person> members;
    private final LocalDate from;
    private LocalDate to;

    Household(String id, Dwelling dwelling, List<Person> members, LocalDate from) {
        this.id = id;
        this.dwelling = dwelling;
        this.members = new ArrayList<>(members);
        this.from = from;
        this.members.forEach(p -> p.join(this));
    }

    public String id() {
        return id;
    }

    public Dwelling dwelling() {
        return dwelling;
    }

    public List<Person> members() {
        return Collections.unmodifiableList(members);
    }

    public LocalDate from() {
        return from;
    }

    /** When the household ended, or null while it goes on. */
    public LocalDate to() {
        return to;
    }

    public boolean isCurrent() {
        return to == null;
    }

    void end(LocalDate on) {
        this.to = on;
    }

    /** Takes out the members born after the household ended: they were never part of it. */
    void forgetTheUnborn() {
        if (to != null) {
            members.removeIf(p -> {
                boolean unborn = p.dateOfBirth().isAfter(to);
                if (unborn) {
                    p.leave(this);
                }
                return unborn;
            });
        }
    }
}
