package dev.copydesk.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Location;
import dev.copydesk.source.InputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON text into plain values: {@code Map<String, Object>} (keys in file order), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} and {@code null}. Syntax errors become one-line
 * input errors with the line and column. The shape of the value is the caller's business: {@link Fields} reports
 * a wrong shape by the value's path, such as {@code files[2].findings[0].line}.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonText() {
    }

    public static Object read(String path, Reader in) throws InputException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(path, "empty, not JSON");
            }
            Object value = value(p, t);
            if (p.nextToken() != null) {
                throw at(path, p.currentTokenLocation(), "more content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw at(path, e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(path, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** An error at a place in the file, shown as {@code path:line:column: message} when the place is known. */
    private static InputException at(String path, JsonLocation l, String message) {
        if (l == null || l.getLineNr() < 1) {
            return new InputException(path, message);
        }
        return new ConfigException(new Location(path, l.getLineNr(), Math.max(1, l.getColumnNr())), message);
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(value(p, e));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("unexpected JSON token " + t);
        }
    }
}
