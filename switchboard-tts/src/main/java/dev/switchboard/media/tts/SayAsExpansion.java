package dev.switchboard.media.tts;

import java.util.Locale;

/**
 * Spells out the text of an SSML {@code <say-as>} for engines that do not read SSML: {@code digits} one digit at a
 * time, {@code characters}/{@code spell-out} one character at a time, {@code telephone} digit by digit with a pause
 * at each separator. Other {@code interpret-as} values (dates, cardinals…) are left to the engine's own text
 * normalisation. Pure.
 */
final class SayAsExpansion {
    private static final String[] DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private SayAsExpansion() {}

    static String expand(String text, String interpretAs) {
        return switch (interpretAs.toLowerCase(Locale.ROOT)) {
            case "digits" -> digits(text);
            case "characters", "spell-out", "verbatim" -> characters(text);
            case "telephone" -> telephone(text);
            default -> text;
        };
    }

    /** {@code 123} → {@code one two three}; anything that is not a digit is dropped. */
    static String digits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(c -> word(out, DIGITS[Character.digit(c, 10)]));
        return out.toString();
    }

    /** {@code ab1} → {@code A B one}: letters as capitals (engines say a lone capital as its name). */
    static String characters(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> word(out, character(c)));
        return out.toString();
    }

    /** {@code +1 (415) 555-0100} → {@code plus one, four one five, five five five, zero one zero zero}. */
    static String telephone(String text) {
        StringBuilder out = new StringBuilder();
        boolean groupOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                word(out, DIGITS[Character.digit(c, 10)]);
                groupOpen = true;
            } else if (c == '+') {
                word(out, "plus");
            } else if (Character.isLetter(c)) {
                word(out, String.valueOf(Character.toUpperCase(c)));
                groupOpen = true;
            } else if (groupOpen) {
                out.append(',');
                groupOpen = false;
            }
        }
        String spoken = out.toString();
        return spoken.endsWith(",") ? spoken.substring(0, spoken.length() - 1) : spoken;
    }

    private static String character(int c) {
        if (Character.isDigit(c)) return DIGITS[Character.digit(c, 10)];
        return switch (c) {
            case '-' -> "dash";
            case '.' -> "dot";
            case '@' -> "at";
            case '#' -> "pound";
            case '*' -> "star";
            case '+' -> "plus";
            case '/' -> "slash";
            case '_' -> "underscore";
            default -> new String(Character.toChars(Character.toUpperCase(c)));
        };
    }

    private static void word(StringBuilder out, String word) {
        if (!out.isEmpty()) out.append(' ');
        out.append(word);
    }
}
