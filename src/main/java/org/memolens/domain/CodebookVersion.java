package org.memolens.domain;

import java.time.Instant;

/**
 * One entry of a codebook's history: every change to the project codebook creates a version, and
 * the codes as they were at that version are kept.
 *
 * @param version   1 for the seeded codebook, then increasing by one per change
 * @param createdAt when the change was made
 * @param change    what changed, in words, e.g. "renamed EFFICIENCY to \"cost and efficiency\""
 */
public record CodebookVersion(int version, Instant createdAt, String change) {
}
