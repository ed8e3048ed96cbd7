package dev.switchboard.core.twiml;

/** A verb allowed inside {@code <Gather>}: {@code <Say>}, {@code <Play>} or {@code <Pause>}, played while listening. */
public sealed interface GatherPrompt permits Say, Play, Pause {
}
