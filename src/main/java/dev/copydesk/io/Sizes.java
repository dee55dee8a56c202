package dev.copydesk.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File sizes as people write them: {@code 10M}, {@code 512KB}, {@code 2g}, {@code 4096} (binary units). */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /** The number of bytes {@code text} stands for. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (write it like 10M, 512K or 4096)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    /** A size for people: bytes below 1 KiB, else KB, MB or GB with one decimal where it helps. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit];
    }
}
