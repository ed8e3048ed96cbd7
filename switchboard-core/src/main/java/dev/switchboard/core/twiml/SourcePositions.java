package dev.switchboard.core.twiml;

import java.util.Arrays;

/**
 * Turns StAX positions into start-tag positions. StAX reports an element at the end of its
 * start tag; users expect the {@code <}. Because {@code <} cannot appear unescaped inside an
 * attribute value, the last {@code <} before the reported position is the tag's start.
 * Line breaks are {@code \n}, {@code \r\n} or {@code \r}, as XML counts them.
 */
final class SourcePositions {
    private final String source;
    private final int[] lineStarts;

    SourcePositions(String source) {
        this.source = source;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            boolean crlf = c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The {line, column} of the {@code <} that opens the tag StAX reported at (line, column). */
    int[] startOfTag(int line, int column) {
        return lastBefore("<", line, column);
    }

    /** The {line, column} of the last {@code token} before the position StAX reported, else that position. */
    int[] lastBefore(String token, int line, int column) {
        int offset = Math.min(offsetOf(line, column), source.length());
        int found = source.lastIndexOf(token, offset - token.length());
        return found >= 0 ? positionOf(found) : new int[] {Math.max(line, 1), Math.max(column, 1)};
    }

    /** The 1-based {line, column} of a 0-based character offset. */
    int[] positionOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }

    private int offsetOf(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return source.length();
        }
        return lineStarts[line - 1] + column - 1;
    }
}
