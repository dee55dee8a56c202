package dev.copydesk.topic;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The topic models of one run: built lazily (the shipped lexicons are read and compiled only when a rule first
 * needs them) and once (every file, thread and config sharing a set of lexicon folders gets the same model). User
 * folders are read when a config naming them is applied, so that their mistakes are config errors.
 */
public final class TopicModels {

    private final Lazy<Stemmer> stemmer = new Lazy<>(Stemmer::new);
    private final Lazy<List<Lexicon>> shipped = new Lazy<>(Lexicons::shipped);
    private final Map<Path, List<Lexicon>> folders = new ConcurrentHashMap<>();
    private final Map<List<Path>, Lazy<TopicModel>> models = new ConcurrentHashMap<>();

    /** The topic ids known with these user folders: the shipped ones and the folders' (reads the folders). */
    public Set<String> ids(List<Site.Folder> userFolders) throws ConfigException {
        Set<String> ids = new HashSet<>(Lexicons.shippedIds());
        for (Lexicon l : user(userFolders)) {
            ids.add(l.id());
        }
        return ids;
    }

    /**
     * The model of the shipped lexicons and these user folders, compiled on first use. Reads and checks the
     * folders now: a broken lexicon or an unknown related topic is reported at its place.
     */
    public Supplier<TopicModel> model(List<Site.Folder> userFolders) throws ConfigException {
        List<Lexicon> user = user(userFolders);
        Set<String> known = new HashSet<>(Lexicons.shippedIds());
        user.forEach(l -> known.add(l.id()));
        for (Lexicon l : user) {
            for (String r : l.related()) {
                if (!known.contains(r)) {
                    throw new ConfigException(l.source(), "topic " + l.id() + " names an unknown related topic \""
                            + r + "\"");
                }
            }
        }
        List<Path> key = userFolders.stream().map(Site.Folder::path).toList();
        return models.computeIfAbsent(key, k -> new Lazy<>(() -> compile(user)));
    }

    /**
     * Starts compiling the model of the shipped lexicons on a background thread, so that the first article with
     * related links does not wait for it. Failures are left for that article's rule to meet and report.
     */
    public void prefetch() {
        Thread t = new Thread(() -> {
            try {
                model(List.of()).get();
            } catch (ConfigException | RuntimeException e) {
                // Reported when a rule asks for the model.
            }
        }, "copydesk-topics");
        t.setDaemon(true);
        t.start();
    }

    private TopicModel compile(List<Lexicon> user) {
        try {
            return TopicModel.compile(Lexicons.merge(shipped.get(), user), stemmer.get());
        } catch (ConfigException e) {
            throw new IllegalStateException(e.oneLine(), e);
        }
    }

    private List<Lexicon> user(List<Site.Folder> userFolders) throws ConfigException {
        List<Lexicon> out = new ArrayList<>();
        for (Site.Folder f : userFolders) {
            List<Lexicon> read = folders.get(f.path());
            if (read == null) {
                read = Lexicons.readFolder(f.path(), f.display(), f.location());
                folders.putIfAbsent(f.path(), read);
            }
            out.addAll(read);
        }
        return out;
    }
}
