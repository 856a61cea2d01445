package org.shelfwise.catalog.transfer;

import org.marc4j.RecordStack;
import org.marc4j.marc.Record;

import java.util.ArrayDeque;

/**
 * The hand-over between marc4j's MARCXML parser thread and the import: marc4j's own {@link RecordStack} throws the
 * parser's error as soon as it has one, so a record parsed before a syntax error was lost or not depending on which
 * thread ran first. Here every record parsed is handed over first, then the error; and a reader that stops early
 * stops the parser too.
 */
final class XmlRecordQueue extends RecordStack {

    private static final int CAPACITY = 100;

    private final ArrayDeque<Record> records = new ArrayDeque<>();
    private RuntimeException failure;
    private boolean ended;
    private boolean abandoned;

    @Override
    public synchronized void push(Record record) {
        while (records.size() >= CAPACITY && !abandoned) {
            await();
        }
        if (abandoned) {
            throw new IllegalStateException("the import stopped reading");
        }
        records.add(record);
        notifyAll();
    }

    @Override
    public synchronized Record pop() {
        return hasNext() ? take() : null;
    }

    @Override
    public synchronized boolean hasNext() {
        while (records.isEmpty() && !ended) {
            await();
        }
        if (!records.isEmpty()) {
            return true;
        }
        if (failure != null) {
            throw failure;
        }
        return false;
    }

    @Override
    public synchronized void passException(RuntimeException e) {
        failure = e;
        ended = true;
        notifyAll();
    }

    @Override
    public synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** The reader reads no more: the parser's next record ends it. */
    synchronized void abandon() {
        abandoned = true;
        records.clear();
        notifyAll();
    }

    private Record take() {
        var record = records.poll();
        notifyAll();
        return record;
    }

    private void await() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading MARCXML", e);
        }
    }
}
