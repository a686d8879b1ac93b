package org.memolens.cli;

/** Output formats of commands that print results. */
enum OutputFormat {
    table, csv, json
}
