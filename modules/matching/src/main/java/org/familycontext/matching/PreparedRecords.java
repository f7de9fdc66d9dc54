package org.familycontext.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of records prepared once, for what an incremental re-link asks before it links: which
 * fields the records hold, and which records would be compared with the changed ones.
 */
public final class PreparedRecords {

    private final RecordTable table;

    public PreparedRecords(List<PersonRecord> records) {
        this.table = new RecordTable(records);
    }

    /**
     * The fields the records hold, as the matcher reads them (an NHS number that is not valid is
     * none): a stored model that compares fewer would leave the others unused.
     */
    public Set<Field> fieldsHeld() {
        return Set.copyOf(table.present);
    }

    /**
     * The records (by position) that would be compared with any of the changed ones (they share a
     * blocking key in a block small enough to compare), the changed ones included: what an
     * incremental re-link must look at again.
     */
    public Set<Integer> neighbours(Collection<Integer> changed, int maxBlock) {
        Set<Integer> found = new TreeSet<>(changed);
        for (BlockingKey key : BlockingKey.usable(table.present)) {
            Set<Long> wanted = new HashSet<>();
            for (int record : changed) {
                long value = key.of(table, record);
                if (value != 0) {
                    wanted.add(value);
                }
            }
            if (wanted.isEmpty()) {
                continue;
            }
            Map<Long, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < table.size; i++) {
                long value = key.of(table, i);
                if (value != 0 && wanted.contains(value)) {
                    blocks.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
                }
            }
            int limit = Math.min(maxBlock, key.blockLimit());
            blocks.values().stream().filter(block -> block.size() <= limit).forEach(found::addAll);
        }
        return found;
    }
}
