package org.memolens.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemoMetadataTest {

    @Test
    void blankOptionalFieldsBecomeNullAndTitleIsTrimmed() {
        MemoMetadata m = new MemoMetadata("  Update  ", " ", null, "");
        assertEquals("Update", m.title());
        assertNull(m.author());
        assertNull(m.source());
    }

    @Test
    void aMemoNeedsATitle() {
        assertThrows(InvalidInputException.class, () -> new MemoMetadata(" ", "A", null, null));
        assertThrows(InvalidInputException.class, () -> new MemoMetadata(null, "A", null, null));
    }

    @Test
    void newMemoStoresCanonicalText() {
        NewMemo memo = new NewMemo(MemoMetadata.titled("t"), "Hello.\r\n");
        assertEquals("Hello.", memo.text());
        assertEquals(MemoText.sha256("Hello."), memo.sha256());
    }
}
