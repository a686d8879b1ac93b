package org.memolens.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.memolens.domain.MemoText;

class MemoGeneratorTest {

    @Test
    void theSameSeedGivesTheSameMemosAndAnotherSeedOthers() {
        assertEquals(new MemoGenerator(3).memo(400), new MemoGenerator(3).memo(400));
        assertNotEquals(new MemoGenerator(3).memo(400), new MemoGenerator(4).memo(400));
    }

    @Test
    void aMemoHasAboutTheWordsAskedForAndNoUnfilledSlot() {
        MemoGenerator generator = new MemoGenerator(11);
        for (int words : new int[] {100, 500, 1000}) {
            String memo = generator.memo(words);
            int count = MemoText.wordCount(memo);
            assertTrue(count >= words - 25 && count <= words + 140, words + " asked, " + count + " made");
            assertTrue(!memo.contains("{") && !memo.contains("}"), memo);
            assertTrue(memo.startsWith("Subject: "), memo);
        }
    }
}
