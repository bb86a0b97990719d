package io.shoppable.domain.engagement;

import java.util.List;

/**
 * Views and shares acknowledged on one node since its last flush, to be written together, oldest first.
 * Each is counted when it is the first of its claim ({@link CountedEvent#claim()}) to be stored.
 */
public record CounterBatch(List<CountedEvent> events) {

    public CounterBatch {
        events = List.copyOf(events);
    }

    public static CounterBatch empty() {
        return new CounterBatch(List.of());
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** How many views and shares this node acknowledged in the batch. */
    public int acknowledged() {
        return events.size();
    }
}
