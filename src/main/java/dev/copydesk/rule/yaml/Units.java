package dev.copydesk.rule.yaml;

import dev.copydesk.document.Block;
import dev.copydesk.document.Document;
import dev.copydesk.document.Figure;
import dev.copydesk.document.Heading;
import dev.copydesk.document.ListBlock;
import dev.copydesk.document.ListItem;
import dev.copydesk.document.Paragraph;
import dev.copydesk.document.Prose;
import dev.copydesk.document.Quote;
import dev.copydesk.document.RelatedItem;
import dev.copydesk.document.RelatedLinks;
import dev.copydesk.document.Sentence;
import dev.copydesk.document.Table;
import dev.copydesk.document.Title;
import dev.copydesk.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the units of a document that a set of scopes covers, in source order. */
final class Units {

    private final Set<Scope> scopes;
    private final List<Unit> out = new ArrayList<>();
    private final Span titleSpan;
    private int run;
    private int top;

    private Units(Set<Scope> scopes, Optional<Title> title) {
        this.scopes = scopes;
        this.titleSpan = title.filter(t -> !t.text().isEmpty()).map(t -> t.text().sourceSpan()).orElse(null);
    }

    static List<Unit> of(Document document, Set<Scope> scopes) {
        Units u = new Units(scopes, document.title());
        if (scopes.contains(Scope.TITLE) && u.titleSpan != null) {
            u.top = -1;
            u.add(Scope.TITLE, document.title().get().text(), -1);
        }
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            u.top = i;
            u.block(blocks.get(i));
        }
        return u.out;
    }

    /** Headings form one run of their own, across the document. */
    private static final int HEADINGS = -2;

    private void block(Block b) {
        if (b instanceof Heading h) {
            run++;
            boolean isTitle = titleSpan != null && h.text().sourceSpan().equals(titleSpan);
            if (scopes.contains(Scope.HEADING) && !(isTitle && scopes.contains(Scope.TITLE))) {
                add(Scope.HEADING, h.text(), HEADINGS);
            }
        } else if (b instanceof Paragraph p) {
            prose(Scope.PARAGRAPH, p.text(), run);
        } else if (b instanceof ListBlock l) {
            int mine = ++run;
            for (ListItem item : l.items()) {
                prose(Scope.LIST, item.text(), mine);
                for (Block child : item.children()) {
                    run++;
                    block(child);
                }
            }
            run++;
        } else if (b instanceof Quote q) {
            run++;
            for (Block child : q.children()) {
                block(child);
            }
            run++;
        } else if (b instanceof Table t) {
            int mine = ++run;
            if (scopes.contains(Scope.TABLE)) {
                for (Prose cell : t.cells()) {
                    add(Scope.TABLE, cell, mine);
                }
            }
            run++;
        } else if (b instanceof Figure f) {
            int mine = ++run;
            if (scopes.contains(Scope.CAPTION)) {
                add(Scope.CAPTION, f.caption(), mine);
            }
            run++;
        } else if (b instanceof RelatedLinks r) {
            if (scopes.contains(Scope.RELATED)) {
                add(Scope.RELATED, r.heading(), ++run);
                int titles = ++run;
                int teasers = ++run;
                for (RelatedItem item : r.items()) {
                    add(Scope.RELATED, item.title(), titles);
                    add(Scope.RELATED, item.teaser(), teasers);
                }
            }
            run++;
        } else {
            run++;
        }
    }

    private void prose(Scope kind, Prose prose, int runId) {
        if (scopes.contains(Scope.SENTENCE)) {
            for (Sentence s : prose.sentences()) {
                if (s.end() > s.start()) {
                    out.add(new Unit(Scope.SENTENCE, prose, s.start(), s.end(), runId, top));
                }
            }
        } else if (scopes.contains(kind)) {
            add(kind, prose, runId);
        }
    }

    private void add(Scope kind, Prose prose, int runId) {
        if (!prose.isEmpty()) {
            out.add(new Unit(kind, prose, 0, prose.length(), runId, top));
        }
    }
}
