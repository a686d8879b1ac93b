package org.memolens.export.refi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The parts of a REFI-QDA project (QDA-XML, namespace {@value #NAMESPACE}) that MemoLens exchanges:
 * users, the code tree, plain-text sources with their selections and codings. Positions are as
 * REFI-QDA counts them: zero-based Unicode code points, end exclusive. GUIDs are lower case.
 */
public record RefiProject(String name, List<User> users, List<Code> codes, List<Source> sources) {

    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";

    public RefiProject {
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
    }

    /** A REFI-QDA user: a coder. */
    public record User(String guid, String name) {
    }

    /**
     * A code and its sub-codes.
     *
     * @param colour "#rrggbb", or null
     */
    public record Code(String guid, String name, String colour, String description, List<Code> children) {

        public Code {
            children = List.copyOf(children);
        }
    }

    /**
     * A plain-text source.
     *
     * @param text      the plain text the positions refer to
     * @param variables document attributes by name ("author", "date", "source"), text values
     */
    public record Source(String guid, String name, String text, Instant created, Map<String, String> variables,
            List<Selection> selections) {

        public Source {
            variables = Map.copyOf(variables);
            selections = List.copyOf(selections);
        }
    }

    /**
     * A plain-text selection [start, end) in code points, with its description (a MemoLens note) and codings.
     *
     * @param creatingUser user GUID, or null
     * @param created      or null
     * @param modified     or null
     */
    public record Selection(String guid, int start, int end, String creatingUser, Instant created, Instant modified,
            String description, List<Coding> codings) {

        public Selection {
            codings = List.copyOf(codings);
        }
    }

    /** A code applied to a selection, by a user. */
    public record Coding(String guid, String codeGuid, String creatingUser, Instant created) {
    }
}
