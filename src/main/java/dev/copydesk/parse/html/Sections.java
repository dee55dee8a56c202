package dev.copydesk.parse.html;

import org.jsoup.nodes.Element;

/**
 * Sectioning elements: a {@code header} or {@code footer} inside one belongs to that section, outside all of them
 * to the page (where it is chrome).
 */
final class Sections {

    private Sections() {
    }

    static boolean isSectioning(Element e) {
        String name = e.normalName();
        if (name.equals("article") || name.equals("section") || name.equals("main") || name.equals("aside")) {
            return true;
        }
        String role = e.attributesSize() == 0 ? "" : e.attr("role");
        return role.equals("main") || role.equals("article");
    }
}
