package dev.copydesk.io;

import dev.copydesk.source.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to a JSON object read by {@link JsonText}, for files we read back (reports, baselines): a missing or
 * mistyped field is an input error naming the file and the field's path, such as
 * {@code report.json: files[2].findings[0].line must be a whole number}.
 */
public final class Fields {

    private final String file;
    private final String path;
    private final Map<?, ?> map;

    private Fields(String file, String path, Map<?, ?> map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    /** The top-level value of a file, which must be an object. */
    public static Fields root(String file, Object value) throws InputException {
        if (!(value instanceof Map<?, ?> m)) {
            throw new InputException(file, "must hold a JSON object");
        }
        return new Fields(file, "", m);
    }

    public boolean has(String name) {
        return map.containsKey(name);
    }

    public String string(String name) throws InputException {
        Object v = map.get(name);
        if (v instanceof String s) {
            return s;
        }
        throw wrong(name, "must be a string");
    }

    public Optional<String> optionalString(String name) throws InputException {
        Object v = map.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof String s) {
            return Optional.of(s);
        }
        throw wrong(name, "must be a string or null");
    }

    public long number(String name) throws InputException {
        Object v = map.get(name);
        if (v instanceof Long n) {
            return n;
        }
        throw wrong(name, "must be a whole number");
    }

    /** A whole number from 1 up to {@code Integer.MAX_VALUE}. */
    public int positive(String name) throws InputException {
        long n = number(name);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw wrong(name, "must be a positive whole number");
        }
        return (int) n;
    }

    public Fields object(String name) throws InputException {
        Object v = map.get(name);
        if (v instanceof Map<?, ?> m) {
            return new Fields(file, field(name), m);
        }
        throw wrong(name, "must be an object");
    }

    /** The raw value of a field that may hold anything (such as a finding's {@code data}). */
    public Object raw(String name) {
        return map.get(name);
    }

    /** The objects of an array field. */
    public List<Fields> objects(String name) throws InputException {
        Object v = map.get(name);
        if (!(v instanceof List<?> list)) {
            throw wrong(name, "must be an array");
        }
        Fields[] out = new Fields[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new InputException(file, field(name) + "[" + i + "] must be an object");
            }
            out[i] = new Fields(file, field(name) + "[" + i + "]", m);
        }
        return List.of(out);
    }

    /** An error about a field of this object. */
    public InputException wrong(String name, String problem) {
        return new InputException(file, field(name) + " " + problem);
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
