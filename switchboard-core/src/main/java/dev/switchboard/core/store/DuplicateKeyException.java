package dev.switchboard.core.store;

/** A create collided with a unique key (a SID, or a phone number another account owns). */
public class DuplicateKeyException extends RuntimeException {
    public DuplicateKeyException(String message) { super(message); }
}
