package org.memolens.domain;

/** What importing codes into the codebook changed: codes added, and existing codes whose fields changed. */
public record CodeImportCount(int added, int updated) {
}
