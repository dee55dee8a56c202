package dev.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version of Copydesk, from the build. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version string, or "dev" when not run from a built jar. */
    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/copydesk/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"copydesk " + get()};
    }
}
