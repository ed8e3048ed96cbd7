package dev.switchboard.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A device's current {@link DeviceState} and its listeners. A change is dispatched to every listener
 * in the order the changes happened (dispatch runs under this object's lock, onto one ordered
 * executor); a new listener first gets the current state. {@code DESTROYED} is final. Thread-safe.
 */
final class DeviceStates {
    private final Consumer<Runnable> dispatch;
    private final List<Consumer<DeviceState>> listeners = new ArrayList<>(); // guarded by this
    private DeviceState current; // guarded by this

    /** {@code dispatch} runs listener calls in the order it is given them (the device's callback thread). */
    DeviceStates(DeviceState initial, Consumer<Runnable> dispatch) {
        this.current = initial;
        this.dispatch = dispatch;
    }

    synchronized DeviceState current() { return current; }

    /** Moves to {@code next}; answers whether it was a change (not the same state, not after {@code DESTROYED}). */
    synchronized boolean moveTo(DeviceState next) {
        if (current == next || current == DeviceState.DESTROYED) return false;
        current = next;
        for (Consumer<DeviceState> l : listeners) dispatch.accept(() -> l.accept(next));
        return true;
    }

    synchronized void listen(Consumer<DeviceState> listener) {
        listeners.add(listener);
        DeviceState now = current;
        dispatch.accept(() -> listener.accept(now));
    }
}
