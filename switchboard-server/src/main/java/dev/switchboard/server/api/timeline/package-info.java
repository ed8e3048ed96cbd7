/**
 * A call's event timeline over REST: Twilio's Call Events ({@code Calls/{CallSid}/Events.json}) and
 * Notifications (per call and per account), and Switchboard's own full timeline
 * ({@code Calls/{CallSid}/Timeline.json}). Handlers only read the
 * {@link dev.switchboard.core.store.CallTimelineStore}; the call engine writes it.
 */
package dev.switchboard.server.api.timeline;
