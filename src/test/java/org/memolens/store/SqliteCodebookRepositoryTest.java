package org.memolens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.CodeImportCount;
import org.memolens.domain.Code;
import org.memolens.domain.CodeDeletion;
import org.memolens.domain.Codebook;
import org.memolens.domain.Coder;
import org.memolens.domain.Coding;
import org.memolens.domain.Guids;
import org.memolens.domain.InvalidInputException;
import org.memolens.domain.Memo;
import org.memolens.domain.MemoMetadata;
import org.memolens.domain.MergeReport;
import org.memolens.domain.NewMemo;
import org.memolens.domain.TextSpan;

class SqliteCodebookRepositoryTest {

    static final String TEXT = "We must cut costs. Our customers come first. Thank you all.";

    @TempDir
    Path dir;

    Database db;
    SqliteCodebookRepository codebook;
    SqliteCodingRepository codings;
    Coder ann;
    Memo memo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("cb.db"));
        Clock clock = Clock.systemUTC();
        codebook = new SqliteCodebookRepository(db, clock);
        codings = new SqliteCodingRepository(db, clock);
        ann = new SqliteCoderRepository(db, clock).add("Ann", null);
        memo = new SqliteMemoRepository(db, clock).add(new NewMemo(MemoMetadata.titled("M"), TEXT)).memo();
        codebook.create("project", "test-frames v1", List.of(
                code("EFFICIENCY", null), code("COSTS", "EFFICIENCY"), code("MISSION_CUSTOMER", null)), Map.of());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Code code(String id, String parent) {
        return new Code(id, id.toLowerCase(), "definition of " + id, "#336699", parent, List.of("An example.", "Another."));
    }

    Coding coding(String code, int start, int end, String note) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return codings.add(new Coding(0, memo.id(), code, ann.id(), new TextSpan(start, end), TEXT.substring(start, end),
                note, now, now));
    }

    @Test
    void aCreatedCodebookIsVersionOneWithItsHierarchyExamplesAndNameBasedGuids() {
        Codebook current = codebook.current();
        assertEquals(1, current.version());
        assertEquals(List.of("EFFICIENCY", "COSTS", "MISSION_CUSTOMER"), current.codes().stream().map(Code::code).toList());
        assertEquals("EFFICIENCY", current.find("COSTS").orElseThrow().parent());
        assertEquals(List.of("An example.", "Another."), current.find("COSTS").orElseThrow().examples());
        assertEquals(Guids.of("code", "EFFICIENCY"), codebook.guids().get("EFFICIENCY"));
        assertEquals("seeded from test-frames v1", codebook.history().get(0).change());
        assertThrows(InvalidInputException.class, () -> codebook.create("again", null, List.of(), Map.of()));
    }

    @Test
    void everyChangeBumpsTheVersionAndEarlierVersionsStayReadable() {
        Code renamed = new Code("EFFICIENCY", "cost and efficiency", "new definition", "#aa0000", null, List.of());
        codebook.update(renamed, "renamed EFFICIENCY");
        codebook.add(code("CARE_SUPPORT", null), null);
        assertEquals(3, codebook.current().version());
        assertEquals(List.of(1, 2, 3), codebook.history().stream().map(v -> v.version()).toList());
        assertEquals("efficiency", codebook.atVersion(1).find("EFFICIENCY").orElseThrow().name());
        assertEquals("cost and efficiency", codebook.atVersion(2).find("EFFICIENCY").orElseThrow().name());
        assertFalse(codebook.atVersion(2).find("CARE_SUPPORT").isPresent());
        assertTrue(codebook.atVersion(3).find("CARE_SUPPORT").isPresent());
        assertThrows(InvalidInputException.class, () -> codebook.atVersion(9));
    }

    @Test
    void mergingMovesCodingsCombinesDuplicatesKeepingBothNotesAndReparentsChildren() {
        coding("MISSION_CUSTOMER", 19, 44, "customer frame");
        coding("EFFICIENCY", 19, 44, "also efficiency?");
        coding("EFFICIENCY", 0, 18, "");
        codebook.add(code("SPEED", "EFFICIENCY"), null);

        MergeReport report = codebook.merge("EFFICIENCY", "MISSION_CUSTOMER");

        assertEquals(new MergeReport(1, 1, 0), report);
        List<Coding> left = codings.forMemo(memo.id());
        assertEquals(2, left.size());
        assertTrue(left.stream().allMatch(c -> c.code().equals("MISSION_CUSTOMER")));
        assertEquals("customer frame\nalso efficiency?", left.stream().filter(c -> c.start() == 19).findFirst().orElseThrow().note());
        Codebook after = codebook.current();
        assertFalse(after.find("EFFICIENCY").isPresent());
        assertEquals("MISSION_CUSTOMER", after.find("COSTS").orElseThrow().parent());
        assertEquals("MISSION_CUSTOMER", after.find("SPEED").orElseThrow().parent());
        assertTrue(codebook.history().get(codebook.history().size() - 1).change().startsWith("merged EFFICIENCY into MISSION_CUSTOMER"));
    }

    @Test
    void deletingACodedCodeIsRefusedUnlessTheCallerChoosesToDeleteOrMoveItsCodings() {
        coding("COSTS", 0, 18, "note");
        int version = codebook.current().version();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> codebook.delete("COSTS", CodeDeletion.refuseIfCoded()));
        assertTrue(refused.getMessage().contains("COSTS has 1 coding"), refused.getMessage());
        assertEquals(version, codebook.current().version(), "a refused delete changes nothing");
        assertEquals(1, codings.forMemo(memo.id()).size());

        MergeReport moved = codebook.delete("COSTS", CodeDeletion.moveCodingsTo("EFFICIENCY"));
        assertEquals(1, moved.moved());
        assertEquals("EFFICIENCY", codings.forMemo(memo.id()).get(0).code());

        assertEquals(1, codebook.delete("EFFICIENCY", CodeDeletion.deleteCodings()).deleted());
        assertTrue(codings.forMemo(memo.id()).isEmpty());
        assertEquals(version + 2, codebook.current().version());
    }

    @Test
    void deletingAParentMovesItsChildrenUpOneLevel() {
        codebook.add(code("SPEED", "COSTS"), null);
        codebook.delete("COSTS", CodeDeletion.refuseIfCoded());
        assertEquals("EFFICIENCY", codebook.current().find("SPEED").orElseThrow().parent());
    }

    @Test
    void upsertAddsNewCodesUpdatesChangedOnesAndIsOneVersionOrNoneWhenNothingChanged() {
        int version = codebook.current().version();
        var count = codebook.upsert(List.of(code("EFFICIENCY", null), code("NEW_ONE", "MISSION_CUSTOMER"),
                new Code("COSTS", "costs!", "d", "#000000", "EFFICIENCY", List.of())), Map.of(), "imported x.csv");
        assertEquals(new CodeImportCount(1, 1), count);
        assertEquals(version + 1, codebook.current().version());
        assertEquals(new CodeImportCount(0, 0), codebook.upsert(List.of(code("EFFICIENCY", null)), Map.of(), "again"));
        assertEquals(version + 1, codebook.current().version());
    }

    @Test
    void aParentThatDoesNotExistIsRefusedAndNothingIsStored() {
        int version = codebook.current().version();
        assertThrows(InvalidInputException.class, () -> codebook.add(code("ORPHAN", "NOPE"), null));
        assertFalse(codebook.current().find("ORPHAN").isPresent());
        assertEquals(version, codebook.current().version());
    }
}
