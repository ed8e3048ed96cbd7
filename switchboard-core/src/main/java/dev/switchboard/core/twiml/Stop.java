package dev.switchboard.core.twiml;

import java.util.List;

/** {@code <Stop>}: stop forks started by {@code <Start>}, identified by name. Never has an empty noun list. */
public record Stop(List<StartNoun> nouns) implements Verb {
    public Stop {
        nouns = List.copyOf(nouns);
    }
}
