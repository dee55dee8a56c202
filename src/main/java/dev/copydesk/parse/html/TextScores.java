package dev.copydesk.parse.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * How much readable text each element of a page holds, counted in one pass over visible text outside links and
 * outside chrome, in non-whitespace chars.
 *
 * <p>{@link #subtree} is all such text below an element. {@link #weight} says how much the element looks like the
 * holder of an article's paragraphs: each paragraph (a {@code p}, or any block holding text but no other blocks)
 * credits its text to its parent in full, and to the next ancestors up by 1/2, 1/6, 1/9 and 1/12 (the weights of
 * Mozilla's Readability). Loose text beside blocks credits the block holding it in the same way. So a container of
 * many paragraphs outweighs any one of them, even when each paragraph is wrapped in its own {@code div}s.
 */
final class TextScores {

    private static final double[] WEIGHTS = {1, 1 / 2d, 1 / 6d, 1 / 9d, 1 / 12d};

    private final Map<Element, Score> scores = new IdentityHashMap<>();
    private final List<Element> candidates = new ArrayList<>();
    private final List<Element> headlines = new ArrayList<>();

    /** True when comment sections count as text (a discussion thread), false when they are chrome. */
    private final boolean commentsAreContent;
    /** True when a comment section was passed over as chrome. */
    private boolean sawComments;

    private TextScores(boolean commentsAreContent) {
        this.commentsAreContent = commentsAreContent;
    }

    static TextScores of(Element root) {
        return of(root, false);
    }

    /** The scores of {@code root}'s elements; with {@code commentsAreContent}, text in comment sections counts. */
    static TextScores of(Element root, boolean commentsAreContent) {
        TextScores s = new TextScores(commentsAreContent);
        NodeTraversor.filter(s.new Counter(root), root);
        return s;
    }

    /** Text chars anywhere below {@code e}. */
    int subtree(Element e) {
        Score s = scores.get(e);
        return s == null ? 0 : s.subtree;
    }

    /** How much paragraph text {@code e} holds, closer paragraphs weighing more. */
    double weight(Element e) {
        Score s = scores.get(e);
        return s == null ? 0 : s.weight;
    }

    /** True if the page has a comment section, passed over as chrome. */
    boolean sawComments() {
        return sawComments;
    }

    /** Elements with a weight, in document order of their end. */
    List<Element> candidates() {
        return candidates;
    }

    /** The visible {@code h1} elements outside chrome, in document order. */
    List<Element> headlines() {
        return headlines;
    }

    private Score score(Element e) {
        return scores.computeIfAbsent(e, k -> new Score());
    }

    private static final class Score {
        int subtree;
        double weight;
    }

    private final class Counter implements NodeFilter {

        private final Element root;
        private int[] sums = new int[64];
        /** Block ancestors of the current node, innermost last, and whether each holds no other block. */
        private final List<Element> blocks = new ArrayList<>();
        private boolean[] leaf = new boolean[64];
        private int links;
        private int sections;

        Counter(Element root) {
            this.root = root;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (links == 0 && depth > 0) {
                    int chars = visibleChars(t.getWholeText());
                    if (chars > 0) {
                        sums[depth - 1] += chars;
                        credit(chars);
                    }
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (e != root) {
                Tag tag = Tag.of(e);
                if (tag == Tag.SKIP || tag == Tag.MEDIA || Chrome.isHidden(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (Chrome.of(e, sections == 0, commentsAreContent) != Chrome.Kind.NONE) {
                    if (!commentsAreContent && !sawComments && Chrome.isCommentSection(e)) {
                        sawComments = true;
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag != Tag.INLINE && tag != Tag.BREAK) {
                    push(e, tag == Tag.PARAGRAPH || !hasBlockChild(e));
                }
                if (Tag.headingLevel(e) == 1) {
                    headlines.add(e);
                }
            } else {
                push(e, false);
            }
            if (Sections.isSectioning(e)) {
                sections++;
            }
            if (Tag.isLink(e)) {
                links++;
            }
            if (depth >= sums.length) {
                sums = Arrays.copyOf(sums, depth * 2);
            }
            sums[depth] = 0;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) == e) {
                blocks.remove(blocks.size() - 1);
            }
            if (Sections.isSectioning(e)) {
                sections--;
            }
            if (Tag.isLink(e)) {
                links--;
            }
            int sum = sums[depth];
            if (sum > 0) {
                score(e).subtree = sum;
                if (depth > 0) {
                    sums[depth - 1] += sum;
                }
            }
            if (weight(e) > 0) {
                candidates.add(e);
            }
            return FilterResult.CONTINUE;
        }

        private void push(Element e, boolean isLeaf) {
            int i = blocks.size();
            if (i == leaf.length) {
                leaf = Arrays.copyOf(leaf, i * 2);
            }
            leaf[i] = isLeaf;
            blocks.add(e);
        }

        /** Credits text to the ancestors of the paragraph it is in. */
        private void credit(int chars) {
            int i = blocks.size() - 1;
            if (i >= 0 && leaf[i]) {
                i--;
            }
            for (int level = 0; level < WEIGHTS.length && i >= 0; level++, i--) {
                score(blocks.get(i)).weight += chars * WEIGHTS[level];
            }
        }

        private static boolean hasBlockChild(Element e) {
            for (Element c = e.firstElementChild(); c != null; c = c.nextElementSibling()) {
                if (Tag.of(c).isBlock()) {
                    return true;
                }
            }
            return false;
        }

        private static int visibleChars(String text) {
            int count = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00A0') {
                    count++;
                }
            }
            return count;
        }
    }
}
