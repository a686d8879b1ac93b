package org.memolens.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.memolens.domain.Code;
import org.memolens.domain.Codebook;
import org.memolens.export.refi.RefiProject;

/**
 * Maps a REFI-QDA code tree onto the project codebook. A code is the same as a local one if it has
 * the same GUID, else if its name equals a local code's name or identifier (ignoring case); the
 * rest are new codes, with identifiers made from their names and their REFI GUIDs kept. Local codes
 * are never changed by an import: local edits win.
 */
final class RefiCodeImport {

    /** REFI code GUID to local identifier, and the codes to add (parents before children). */
    record Plan(Map<String, String> localByGuid, List<Code> added, Map<String, String> guidsOfAdded, int matched) {
    }

    private RefiCodeImport() {
    }

    static Plan plan(Codebook current, Map<String, String> guids, List<RefiProject.Code> tree) {
        return plan(current, guids, tree, Map.of());
    }

    /** @param preferred identifiers for new codes by REFI GUID (from a MemoLens export), used when free */
    static Plan plan(Codebook current, Map<String, String> guids, List<RefiProject.Code> tree, Map<String, String> preferred) {
        Map<String, String> byGuid = new HashMap<>();
        guids.forEach((code, guid) -> byGuid.put(guid, code));
        Map<String, String> byName = new HashMap<>();
        for (Code c : current.codes()) {
            byName.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c.code());
            byName.putIfAbsent(c.code().toLowerCase(Locale.ROOT), c.code());
        }
        Set<String> taken = new HashSet<>();
        current.codes().forEach(c -> taken.add(c.code()));
        Plan plan = new Plan(new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>(), 0);
        int[] matched = {0};
        walk(tree, null, byGuid, byName, taken, plan, matched, current.codes().size(), preferred);
        return new Plan(plan.localByGuid(), plan.added(), plan.guidsOfAdded(), matched[0]);
    }

    private static void walk(List<RefiProject.Code> codes, String parent, Map<String, String> byGuid,
            Map<String, String> byName, Set<String> taken, Plan plan, int[] matched, int existing,
            Map<String, String> preferred) {
        for (RefiProject.Code refi : codes) {
            String local = byGuid.get(refi.guid());
            if (local == null) {
                local = byName.get(refi.name().toLowerCase(Locale.ROOT));
            }
            if (local != null) {
                matched[0]++;
            } else {
                String wanted = preferred.get(refi.guid());
                local = wanted != null && !taken.contains(wanted) ? wanted : CodeIds.derive(refi.name(), taken);
                taken.add(local);
                byName.put(refi.name().toLowerCase(Locale.ROOT), local);
                plan.added().add(new Code(local, refi.name(), refi.description() == null ? "" : refi.description().strip(),
                        CodeIds.colour(refi.colour(), existing + plan.added().size()), parent, List.of()));
                if (!byGuid.containsKey(refi.guid())) {
                    plan.guidsOfAdded().put(local, refi.guid());
                    byGuid.put(refi.guid(), local);
                }
            }
            plan.localByGuid().put(refi.guid(), local);
            walk(refi.children(), local, byGuid, byName, taken, plan, matched, existing, preferred);
        }
    }

    /** The project codebook as a REFI-QDA code tree, children under their parents. */
    static List<RefiProject.Code> tree(Codebook codebook, Map<String, String> guids) {
        return children(codebook, guids, null);
    }

    private static List<RefiProject.Code> children(Codebook codebook, Map<String, String> guids, String parent) {
        List<RefiProject.Code> result = new ArrayList<>();
        for (Code c : codebook.codes()) {
            if (java.util.Objects.equals(c.parent(), parent)) {
                result.add(new RefiProject.Code(guids.get(c.code()), c.name(), c.colour(), c.definition(),
                        children(codebook, guids, c.code())));
            }
        }
        return result;
    }
}
