package dev.switchboard.sip.transaction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An explicit state table: (state, event) → (next state, actions). A pair that is not in the table is
 * ignored by the transaction (a late or duplicate message is absorbed; the RFC figures list only the arrows
 * that do something). Built once per transaction kind; immutable after {@link Builder#build()}.
 */
public final class StateTable<S extends Enum<S>> {
  /** One arrow of the RFC figure. */
  public record Transition<S>(S next, List<Action> actions) {}

  private final Map<S, EnumMap<Event, Transition<S>>> arrows;

  private StateTable(Map<S, EnumMap<Event, Transition<S>>> arrows) {
    this.arrows = arrows;
  }

  public Optional<Transition<S>> find(S state, Event event) {
    EnumMap<Event, Transition<S>> row = arrows.get(state);
    return row == null ? Optional.empty() : Optional.ofNullable(row.get(event));
  }

  public static <S extends Enum<S>> Builder<S> builder(Class<S> states) {
    return new Builder<>(states);
  }

  /** Collects arrows; {@code on(s, e).go(next, actions…)}. */
  public static final class Builder<S extends Enum<S>> {
    private final EnumMap<S, EnumMap<Event, Transition<S>>> arrows;

    private Builder(Class<S> states) {
      arrows = new EnumMap<>(states);
    }

    public Arrow on(S state, Event event) {
      return new Arrow(List.of(state), event);
    }

    public Arrow on(List<S> states, Event event) {
      return new Arrow(states, event);
    }

    public StateTable<S> build() {
      return new StateTable<>(arrows);
    }

    /** The source side of an arrow, waiting for its target. */
    public final class Arrow {
      private final List<S> from;
      private final Event event;

      private Arrow(List<S> from, Event event) {
        this.from = from;
        this.event = event;
      }

      public Builder<S> go(S next, Action... actions) {
        for (S state : from) {
          Transition<S> previous = arrows.computeIfAbsent(state, s -> new EnumMap<>(Event.class))
              .put(event, new Transition<>(next, List.of(actions)));
          if (previous != null) {
            throw new IllegalStateException("two arrows for " + state + " on " + event);
          }
        }
        return Builder.this;
      }
    }
  }
}
