package dev.copydesk.cli;

import dev.copydesk.document.Format;
import dev.copydesk.io.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What the commands that read articles share: the input format option, the size limit, standard input. */
final class Inputs {

    /** Values of {@code --input-format}. */
    enum InputFormat {
        auto, markdown, html, text;

        /** The format every input is parsed as, or empty to detect each one's. */
        Optional<Format> forced() {
            return this == auto ? Optional.empty() : Optional.of(Format.valueOf(name().toUpperCase(Locale.ROOT)));
        }
    }

    private Inputs() {
    }

    /** The byte limit a {@code --max-file-size} value gives; a bad value is a usage error of {@code spec}. */
    static long sizeLimit(CommandSpec spec, String value) {
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-file-size': "
                    + e.getMessage());
        }
    }

    /** Standard input, read up to one byte past {@code limit} (all of it if the limit is 0). */
    static byte[] readStdin(InputStream in, long limit) throws IOException {
        if (limit <= 0) {
            return in.readAllBytes();
        }
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
}
