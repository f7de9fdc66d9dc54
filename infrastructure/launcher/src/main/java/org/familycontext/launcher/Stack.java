package org.familycontext.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** What a local run started, stopped in reverse order exactly once (also from a Ctrl-C hook). */
final class Stack implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    synchronized <T extends AutoCloseable> T add(T component) {
        started.push(component);
        return component;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!started.isEmpty()) {
            System.out.println("Stopping...");
        }
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e.getMessage());
            }
        }
    }
}
