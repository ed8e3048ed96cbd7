package dev.switchboard.core.store;

/**
 * Durability as a port: stores that write behind (group commit) hold accepted writes in memory
 * for a bounded time before they reach the database. {@link #await()} blocks until every write
 * accepted before the call is durable; the call engine waits on it before a call's
 * {@code completed} callback leaves, so a customer who got that callback finds the call's record
 * and timeline after any restart. Stores that write through need no barrier ({@link #NONE}).
 */
@FunctionalInterface
public interface WriteBarrier {
    /** For stores whose writes are durable when their methods return. */
    WriteBarrier NONE = () -> {};

    /** Blocks until every write accepted before this call is durable; may block on I/O. */
    void await();
}
