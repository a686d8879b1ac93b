package org.memolens.ui.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.memolens.domain.Coder;
import org.memolens.ui.ResearchCore;

/** The coder selector's model: add, rename and switch the active coder, stored in the project. */
class CodersViewModelTest {

    @TempDir
    Path dir;

    ResearchCore rc;
    CodersViewModel model;

    @BeforeEach
    void open() {
        rc = new ResearchCore(dir);
        model = new CodersViewModel(rc.core.manageCoders(), rc.tasks, rc.reporter);
        model.reload();
    }

    @AfterEach
    void close() {
        rc.close();
    }

    private List<String> names() {
        return model.coders().stream().map(Coder::name).toList();
    }

    @Test
    void theCoderListIsOneViewSoListenersOfOtherScreensAreNotLostToGarbageCollection() {
        List<Object> seen = new java.util.ArrayList<>();
        model.coders().addListener((javafx.collections.ListChangeListener<Coder>) c -> seen.add(c));
        System.gc();
        model.addAndActivate("Ann");
        assertSame(model.coders(), model.coders());
        assertEquals(1, seen.size());
    }

    @Test
    void aNewProjectHasNoActiveCoderUntilOneIsAdded() {
        assertTrue(model.coders().isEmpty());
        assertNull(model.activeProperty().get());
        int[] after = {0};
        model.addAndActivate("Ann", () -> after[0]++);
        assertEquals("Ann", model.activeProperty().get().name());
        assertEquals(1, after[0], "what waited for a coder runs once there is one");
    }

    @Test
    void addingSwitchesToTheNewCoderAndSwitchingBackIsStored() {
        model.addAndActivate("Ann");
        model.addAndActivate("Bob");
        assertEquals(List.of("Ann", "Bob"), names());
        assertEquals("Bob", model.activeProperty().get().name());
        model.activate(model.coders().get(0));
        assertEquals("Ann", model.activeProperty().get().name());
        assertEquals("Ann", rc.core.manageCoders().active().orElseThrow().name(), "stored in the project file");
        model.addAndActivate("bob");
        assertEquals(List.of("Ann", "Bob"), names(), "names are compared without regard to case");
        assertEquals("Bob", model.activeProperty().get().name());
    }

    @Test
    void renamingKeepsTheCoderAndARefusedRenameIsExplained() {
        model.addAndActivate("Ann");
        model.addAndActivate("Bob");
        model.rename(model.activeProperty().get(), "Robert");
        assertEquals(List.of("Ann", "Robert"), names());
        assertEquals("Robert", model.activeProperty().get().name());
        assertEquals("Robert", model.name(model.activeProperty().get().id()).orElseThrow());

        model.rename(model.activeProperty().get(), "ann");
        assertEquals(1, rc.errors.size(), rc.errors.toString());
        assertEquals(List.of("Ann", "Robert"), names());
    }
}
