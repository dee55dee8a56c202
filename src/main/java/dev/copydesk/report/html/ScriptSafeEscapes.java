package dev.copydesk.report.html;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes that make a JSON text safe inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}, so no article text can close the element or
 * open a comment; U+2028 and U+2029 are escaped too.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    ScriptSafeEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii['<'] = ESCAPE_CUSTOM;
        ascii['>'] = ESCAPE_CUSTOM;
        ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
