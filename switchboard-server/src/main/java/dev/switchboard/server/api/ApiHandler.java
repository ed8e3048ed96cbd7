package dev.switchboard.server.api;

/** One REST operation (named after Twilio's operation id, e.g. {@code CreateApplicationHandler}). Blocks. */
@FunctionalInterface
public interface ApiHandler {
    ApiResponse handle(ApiRequest request);
}
