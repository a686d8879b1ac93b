package org.memolens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.memolens.domain.SentenceAnalysis;

/**
 * Stores one analysis layer's per-sentence results (tone, impact, frames, devices, ...) in its own
 * tables, keyed by (run_id, sentence idx). {@link SqliteAnalysisRepository} calls every layer table
 * inside the transaction that saves a run, and again when it loads one.
 */
interface LayerTable {

    /** Writes this layer's part of each sentence of run {@code runId}. */
    void insert(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException;

    /** Returns the sentences (in the same order) with this layer's part filled in from run {@code runId}. */
    List<SentenceAnalysis> load(Connection c, long runId, List<SentenceAnalysis> sentences) throws SQLException;
}
