package dev.switchboard.server.db;

/** The database write queue stayed full (or the wait was interrupted): the write was not accepted. */
public final class StoreOverloadedException extends RuntimeException {
    public StoreOverloadedException(String message) {
        super(message);
    }
}
