package org.memolens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Coder;
import org.memolens.domain.Memo;
import org.memolens.export.CodingCsv;

class ExportCodingsTest {

    static final String TEXT = "Dear team, 🚀 we grow. We will cut costs, sadly. Thank you.";

    @TempDir
    Path dir;

    @Test
    void oneRowPerCodedSpanWithMemoMetadataCodePathCoderOffsetsNoteAndSentence() throws IOException {
        try (ResearchFixture fx = new ResearchFixture(dir)) {
            fx.codes("COST_FRAME");
            fx.core.manageCodebook().add("CUTS", "cuts", "", "", "COST_FRAME");
            Memo memo = fx.memo("Update, with comma", TEXT);
            Coder ann = fx.core.manageCoders().add("Ann");
            fx.core.codingSession().addAs(ann.id(), memo.id(), "CUTS", ResearchFixture.span(TEXT, "cut costs"), "a \"note\"");
            Path csv = dir.resolve("codings.csv");

            assertEquals(1, fx.core.exportCodings().toCsv(csv, List.of(), List.of()));

            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            }
            assertEquals(1, rows.size());
            CSVRecord row = rows.get(0);
            assertEquals(CodingCsv.COLUMNS, row.getParser().getHeaderNames());
            assertEquals("Update, with comma", row.get("title"));
            assertEquals("Chief Executive", row.get("author"));
            assertEquals("2025-07-15", row.get("date"));
            assertEquals("CUTS", row.get("code"));
            assertEquals("COST_FRAME/CUTS", row.get("code_path"));
            assertEquals("Ann", row.get("coder"));
            assertEquals("cut costs", row.get("text"));
            assertEquals(String.valueOf(TEXT.indexOf("cut costs")), row.get("start"));
            assertEquals("a \"note\"", row.get("note"));
            assertEquals("We will cut costs, sadly.", row.get("sentence"));
        }
    }
}
