package dev.copydesk.parse;

import dev.copydesk.document.Document;
import dev.copydesk.source.SourceFile;

/**
 * Turns one source file into a {@link Document}. Parsers are tolerant: any text is a document (possibly empty),
 * never an exception. They are stateless and safe to share between threads.
 */
public interface Parser {

    Document parse(SourceFile source);
}
