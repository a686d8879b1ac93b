package org.memolens.store;

import java.util.List;
import java.util.Map;

import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.CodeImportCount;
import org.memolens.domain.Codebook;
import org.memolens.domain.CodebookVersion;
import org.memolens.domain.MergeReport;

/**
 * The project's own codebook: codes with a hierarchy, versioned. Every change is one transaction
 * that bumps the version and keeps a snapshot of all codes as they are after it, so the codebook
 * used for any published number can be recovered ({@link #atVersion}). Code identifiers never
 * change; names, definitions, colours, parents and examples may.
 */
public interface CodebookRepository {

    /** True once the project codebook exists. */
    boolean exists();

    /**
     * Creates the project codebook as version 1 with {@code codes} (parents may refer to codes later
     * in the list). Refused if a codebook exists.
     *
     * @param guids code identifier to REFI-QDA GUID; codes missing from it get a name-based GUID
     */
    void create(String name, String seededFrom, List<Code> codes, Map<String, String> guids);

    /** The codebook as it is now, codes in display order; version 0 and no codes before it exists. */
    Codebook current();

    /** Code identifier to GUID, for every current code. */
    Map<String, String> guids();

    /** Adds a code at the end; {@code guid} may be null for a name-based one. */
    void add(Code code, String guid);

    /** Replaces the name, definition, colour, parent and examples of {@code changed.code()}. */
    void update(Code changed, String change);

    /** Codings made with {@code code}, by every coder. */
    int codingCount(String code);

    /**
     * Moves every coding (and rejected suggestion) of {@code source} to {@code target}, re-parents
     * its children to {@code target} and deletes {@code source}. A coding the same coder already
     * made with {@code target} on the same span is combined into that one (notes appended).
     */
    MergeReport merge(String source, String target);

    /** Deletes {@code code}; its children move up to its parent; its codings as {@code deletion} says. */
    MergeReport delete(String code, CodeDeletion deletion);

    /**
     * Adds the codes not yet present and updates those whose fields differ, as one version. Parents
     * may refer to codes in the list or already stored.
     *
     * @return how many were added and how many updated
     */
    CodeImportCount upsert(List<Code> codes, Map<String, String> guids, String change);

    /** All versions, oldest first. */
    List<CodebookVersion> history();

    /** The codebook as it was at {@code version}. */
    Codebook atVersion(int version);
}
