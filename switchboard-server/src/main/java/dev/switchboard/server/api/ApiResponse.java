package dev.switchboard.server.api;

/** What a handler answers: an HTTP status and a JSON body ({@code null} body for 204). */
public record ApiResponse(int status, Object body) {
    /** A binary body: a file served as is with its content type (recording media). */
    public record Media(String contentType, java.nio.file.Path file) {}

    public static ApiResponse ok(Object body) { return new ApiResponse(200, body); }

    public static ApiResponse created(Object body) { return new ApiResponse(201, body); }

    public static ApiResponse noContent() { return new ApiResponse(204, null); }
}
