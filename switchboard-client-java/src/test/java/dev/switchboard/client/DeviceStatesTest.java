package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceStatesTest {
    private final List<Runnable> dispatched = new ArrayList<>();
    private final DeviceStates states = new DeviceStates(DeviceState.UNREGISTERED, dispatched::add);

    private List<DeviceState> deliver(List<DeviceState> seen) {
        dispatched.forEach(Runnable::run);
        dispatched.clear();
        return seen;
    }

    @Test
    void aNewListenerGetsTheCurrentStateThenEveryChangeInOrder() {
        states.moveTo(DeviceState.REGISTERED);
        List<DeviceState> seen = new ArrayList<>();
        states.listen(seen::add);
        states.moveTo(DeviceState.RECONNECTING);
        states.moveTo(DeviceState.REGISTERED);
        states.moveTo(DeviceState.DESTROYED);
        assertThat(deliver(seen)).containsExactly(DeviceState.REGISTERED, DeviceState.RECONNECTING, DeviceState.REGISTERED,
                DeviceState.DESTROYED);
    }

    @Test
    void theSameStateTwiceIsOneEvent() {
        List<DeviceState> seen = new ArrayList<>();
        states.listen(seen::add);
        assertThat(states.moveTo(DeviceState.RECONNECTING)).isTrue();
        assertThat(states.moveTo(DeviceState.RECONNECTING)).isFalse();
        assertThat(deliver(seen)).containsExactly(DeviceState.UNREGISTERED, DeviceState.RECONNECTING);
    }

    @Test
    void destroyedIsFinal() {
        List<DeviceState> seen = new ArrayList<>();
        states.listen(seen::add);
        states.moveTo(DeviceState.DESTROYED);
        assertThat(states.moveTo(DeviceState.REGISTERED)).isFalse();
        assertThat(states.current()).isEqualTo(DeviceState.DESTROYED);
        assertThat(deliver(seen)).containsExactly(DeviceState.UNREGISTERED, DeviceState.DESTROYED);
    }
}
