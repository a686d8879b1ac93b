package org.memolens.domain;

/**
 * What merging one code into another (or moving a deleted code's codings) did.
 *
 * @param moved    codings that now carry the target code
 * @param combined codings dropped because the same coder had already coded the same span with the
 *                 target code; their notes were appended to the target coding's note
 * @param deleted  codings deleted with their code
 */
public record MergeReport(int moved, int combined, int deleted) {
}
