package dev.copydesk.rule.grammar;

import dev.copydesk.config.GrammarSettings;
import dev.copydesk.config.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Grammar and spelling checking for one run: one {@link GrammarEngine} per distinct grammar setting (so files under
 * different configs share LanguageTool when they can), the results cache, and the run's messages.
 *
 * <p>Nothing here loads LanguageTool: that happens only when an engine meets prose the cache does not know. A
 * service that is {@linkplain #off() off} makes the grammar rules do nothing, whatever the config says.
 */
public final class GrammarService implements AutoCloseable {

    /** Whether grammar is checked: as each config says, or forced on or off from the command line. */
    public enum Mode { CONFIG, ON, OFF }

    private static final String LANGUAGETOOL_POM = "/META-INF/maven/org.languagetool/languagetool-core/pom.properties";

    private final Mode mode;
    private final Optional<GrammarCache> cache;
    private final Consumer<String> progress;
    private final Consumer<String> warnings;
    private final Map<EngineKey, GrammarEngine> engines = new ConcurrentHashMap<>();
    private final AtomicBoolean announced = new AtomicBoolean();
    private final Map<String, String> otherLanguages = new ConcurrentSkipListMap<>();
    private final LongAdder checked = new LongAdder();
    private final LongAdder reused = new LongAdder();

    /**
     * @param mode     whether to check grammar
     * @param cache    where to keep results between runs, if anywhere
     * @param progress where to say, at once, that LanguageTool is starting (standard error)
     * @param warnings where run-level warnings go (files too large, files in other languages, cache problems)
     */
    public GrammarService(Mode mode, Optional<GrammarCache> cache, Consumer<String> progress,
            Consumer<String> warnings) {
        this.mode = mode;
        this.cache = cache;
        this.progress = progress;
        this.warnings = warnings;
    }

    /** A service that never checks grammar. */
    public static GrammarService off() {
        return new GrammarService(Mode.OFF, Optional.empty(), line -> { }, line -> { });
    }

    /** True if grammar is checked under these settings. */
    public boolean enabled(GrammarSettings settings) {
        return mode == Mode.ON || (mode == Mode.CONFIG && settings.enabled());
    }

    /**
     * The engine for a config's settings and vocabulary (the shipped vocabulary is added here), or empty if grammar
     * is not checked under them. Engines are shared: asking twice with equal settings gives the same engine.
     */
    public Optional<GrammarEngine> engine(GrammarSettings settings, Vocabulary vocabulary) {
        if (!enabled(settings)) {
            return Optional.empty();
        }
        Set<String> accepted = new TreeSet<>(ShippedVocabulary.get().accept());
        accepted.addAll(vocabulary.accept());
        return Optional.of(engine(settings.withEnabled(true), List.copyOf(accepted)));
    }

    /** The shared engine for these (enabled) settings and this accepted vocabulary, shipped words included. */
    GrammarEngine engine(GrammarSettings settings, List<String> accepted) {
        return engines.computeIfAbsent(new EngineKey(settings, accepted),
                k -> new GrammarEngine(k.settings(), k.accepted(), this));
    }

    /** Ends the run: trims the cache and reports files skipped for their language. */
    @Override
    public void close() {
        cache.ifPresent(GrammarCache::close);
        if (!otherLanguages.isEmpty()) {
            StringBuilder b = new StringBuilder("grammar and spelling not checked in ").append(otherLanguages.size())
                    .append(otherLanguages.size() == 1 ? " file" : " files")
                    .append(" declared in a language other than English: ");
            int shown = 0;
            for (Map.Entry<String, String> e : otherLanguages.entrySet()) {
                if (shown == 3) {
                    b.append(", …");
                    break;
                }
                b.append(shown++ > 0 ? ", " : "").append(e.getKey()).append(" (").append(e.getValue()).append(')');
            }
            warnings.accept(b.toString());
        }
    }

    /** How many pieces of prose LanguageTool checked in this run. */
    public long segmentsChecked() {
        return checked.sum();
    }

    /** How many pieces of prose had their results taken from the cache in this run. */
    public long segmentsReused() {
        return reused.sum();
    }

    void counted(boolean fromCache) {
        (fromCache ? reused : checked).increment();
    }

    Optional<GrammarCache> cache() {
        return cache;
    }

    void warning(String line) {
        warnings.accept(line);
    }

    void skippedLanguage(String path, String language) {
        otherLanguages.put(path, language);
    }

    /**
     * Called as LanguageTool starts; the returned action is run once it has checked its first text. If that takes
     * more than a second, the run says so on standard error at once, so that nobody takes it for a hang. Said once
     * per run.
     */
    Runnable startingLanguageTool() {
        if (!announced.compareAndSet(false, true)) {
            return () -> { };
        }
        AtomicBoolean ready = new AtomicBoolean();
        Thread notice = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            if (!ready.get()) {
                progress.accept("starting LanguageTool for grammar and spelling (a few seconds; results are cached "
                        + "for the next run; --no-grammar skips it)");
            }
        }, "copydesk-grammar-notice");
        notice.setDaemon(true);
        notice.start();
        return () -> {
            ready.set(true);
            notice.interrupt();
        };
    }

    /** The version of LanguageTool on the class path, read without loading it. */
    static String languageToolVersion() {
        try (InputStream in = GrammarService.class.getResourceAsStream(LANGUAGETOOL_POM)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private record EngineKey(GrammarSettings settings, List<String> accepted) {
    }
}
