package dev.switchboard.core.interpreter;

/** Port: sink of a call's timeline. Must not block for long (it runs on the call's thread). */
public interface CallEvents {

    void record(CallEvent event);
}
