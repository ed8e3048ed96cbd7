package dev.switchboard.core.webhook;

import java.util.Objects;

/** One name/value pair of a form body or query string. Neither part is null; either may be empty. */
public record FormParam(String name, String value) {
    public FormParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
