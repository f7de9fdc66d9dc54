package org.familycontext.dukebaseline;

import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * A Duke match listener that hands each definite match ("matches", above the threshold) to a
 * sink. Duke calls listeners from all its matching threads, so the sink is called under this
 * listener's lock. "Maybe" matches are ignored (no maybe-threshold is configured anyway).
 */
final class Collector extends AbstractMatchListener {

    /** Receives one match: Duke's two records and its confidence. */
    @FunctionalInterface
    interface Sink {
        void accept(Record first, Record second, double confidence);
    }

    private final Sink sink;

    Collector(Sink sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void matches(Record first, Record second, double confidence) {
        sink.accept(first, second, confidence);
    }
}
