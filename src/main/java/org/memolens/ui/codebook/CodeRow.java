package org.memolens.ui.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;

/**
 * A code as the screens list it: in tree order (each code followed by its sub-codes), with its
 * depth in the hierarchy and its key, 1 to 9 for the first nine codes (0 for the others).
 *
 * @param codings how many codings use the code, or -1 when not counted
 */
public record CodeRow(Code code, int depth, int number, int codings) {

    public String id() {
        return code.code();
    }

    public String name() {
        return code.name();
    }

    /** "1  efficiency and cost" with indentation by depth, as a list shows it. */
    public String label() {
        return (number > 0 ? number + "  " : "    ") + "  ".repeat(depth) + code.name();
    }

    /** The codes of a codebook in tree order; a code whose parent is missing stands at the top. */
    public static List<CodeRow> of(Codebook codebook, Map<String, Integer> codingCounts) {
        Map<String, List<Code>> children = new LinkedHashMap<>();
        List<Code> roots = new ArrayList<>();
        for (Code c : codebook.codes()) {
            if (c.parent() == null || codebook.find(c.parent()).isEmpty()) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CodeRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Code root : roots) {
            add(rows, root, 0, children, codingCounts, seen);
        }
        return rows;
    }

    private static void add(List<CodeRow> rows, Code code, int depth, Map<String, List<Code>> children,
            Map<String, Integer> counts, Set<String> seen) {
        if (!seen.add(code.code())) {
            return;
        }
        int number = rows.size() < 9 ? rows.size() + 1 : 0;
        rows.add(new CodeRow(code, depth, number, counts.getOrDefault(code.code(), -1)));
        for (Code child : children.getOrDefault(code.code(), List.of())) {
            add(rows, child, depth + 1, children, counts, seen);
        }
    }
}
