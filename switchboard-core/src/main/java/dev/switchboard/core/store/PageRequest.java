package dev.switchboard.core.store;

import java.util.Optional;

/**
 * One page of a list. {@code afterSid} is the last SID of the previous page (decoded from Twilio's
 * {@code PageToken}); when present it wins over {@code page}, which is otherwise an offset in pages.
 */
public record PageRequest(int pageSize, int page, Optional<String> afterSid) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (pageSize < 1 || pageSize > MAX_SIZE) throw new IllegalArgumentException("pageSize " + pageSize);
        if (page < 0) throw new IllegalArgumentException("page " + page);
    }

    public static PageRequest first(int pageSize) { return new PageRequest(pageSize, 0, Optional.empty()); }

    public int offset() { return afterSid.isPresent() ? 0 : page * pageSize; }
}
