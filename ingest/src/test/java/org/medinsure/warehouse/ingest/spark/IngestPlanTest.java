package org.medinsure.warehouse.ingest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which files an incremental ingest reads, and which parts it keeps, rewrites or drops. */
class IngestPlanTest {
    private static final String P0 = "part-00000.zstd.parquet";
    private static final String P1 = "part-00001.zstd.parquet";
    private static final String P2 = "part-00002.zstd.parquet";

    private static InputFile file(String path, long length, long modified) {
        return new InputFile("file:/in/" + path, path, length, modified);
    }

    /** The last run: a/1 and a/2 in part 0, b/1 and its copy b/1-copy in part 1, c/1 in part 2. */
    private static final List<IngestPlan.Recorded> LAST = List.of(
            new IngestPlan.Recorded("a/1.txt", "h-a1", 10, 100, P0),
            new IngestPlan.Recorded("a/2.txt", "h-a2", 20, 100, P0),
            new IngestPlan.Recorded("b/1-copy.txt", "h-b1", 30, 100, P1),
            new IngestPlan.Recorded("b/1.txt", "h-b1", 30, 100, P1),
            new IngestPlan.Recorded("c/1.txt", "h-c1", 40, 100, P2));

    private static final List<InputFile> SAME = List.of(file("a/1.txt", 10, 100), file("a/2.txt", 20, 100),
            file("b/1-copy.txt", 30, 100), file("b/1.txt", 30, 100), file("c/1.txt", 40, 100));

    @Test
    void filesListedAsTheLastRunReadThemAreNotReadAgain() {
        IngestPlan plan = new IngestPlan(SAME, LAST);
        assertThat(plan.unchanged()).isTrue();
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void aFileOfAnotherSizeOrTimeIsReadAndItsPartRewritten() {
        List<InputFile> now = List.of(file("a/1.txt", 10, 100), file("a/2.txt", 20, 200), file("b/1-copy.txt", 30, 100),
                file("b/1.txt", 30, 100), file("c/1.txt", 41, 100));
        IngestPlan plan = new IngestPlan(now, LAST);
        assertThat(plan.changed()).containsExactly(1, 4);
        IngestPlan.Work work = plan.work(Map.of(1, "h-a2-new", 4, "h-c1-new"), Set.of(P0, P1, P2));
        assertThat(work.read()).containsExactly(1, 4);
        assertThat(work.partsToFilter()).containsExactly(P0, P2);
        assertThat(work.partsToKeep()).containsExactly(P1);
        assertThat(work.dropped()).contains("h-a2", "h-c1").doesNotContain("h-a1", "h-b1");
    }

    @Test
    void anUnchangedFileWhoseReadingWasStoppedAtALimitIsReadAgain() {
        List<IngestPlan.Recorded> last = List.of(LAST.get(0), new IngestPlan.Recorded("a/2.txt", "h-a2", 20, 100, P0, true),
                LAST.get(2), LAST.get(3), LAST.get(4));
        IngestPlan plan = new IngestPlan(SAME, last);
        assertThat(plan.unchanged()).isFalse();
        assertThat(plan.changed()).containsExactly(1);
        assertThat(plan.stopped()).isEqualTo(1);
        IngestPlan.Work work = plan.work(Map.of(1, "h-a2"), Set.of(P0, P1, P2));
        assertThat(work.read()).containsExactly(1);
        assertThat(work.partsToFilter()).containsExactly(P0);
        assertThat(work.partsToKeep()).containsExactly(P1, P2);
    }

    @Test
    void aRemovedFileDropsItsContentAndTheOtherCopiesAreReadAgain() {
        // b/1.txt is withdrawn: its copy b/1-copy.txt becomes the content's primary, so the content is read again
        List<InputFile> now = List.of(file("a/1.txt", 10, 100), file("a/2.txt", 20, 100), file("b/1-copy.txt", 30, 100),
                file("c/1.txt", 40, 100));
        IngestPlan plan = new IngestPlan(now, LAST);
        assertThat(plan.removed()).containsExactly("b/1.txt");
        IngestPlan.Work work = plan.work(Map.of(), Set.of(P0, P1, P2));
        assertThat(work.read()).containsExactly(2);
        assertThat(work.partsToFilter()).containsExactly(P1);
        assertThat(work.partsToKeep()).containsExactly(P0, P2);
    }

    @Test
    void aNewCopyOfAnUnchangedFileReadsTheContentAgainWithAllItsPaths() {
        List<InputFile> now = new java.util.ArrayList<>(SAME);
        now.add(0, file("0/copy-of-c1.txt", 40, 500)); // sorts first: it becomes the primary of c/1's content
        IngestPlan plan = new IngestPlan(now, LAST);
        assertThat(plan.changed()).containsExactly(0);
        IngestPlan.Work work = plan.work(Map.of(0, "h-c1"), Set.of(P0, P1, P2));
        assertThat(work.read()).containsExactly(0, 5);
        assertThat(work.partsToFilter()).containsExactly(P2);
    }

    @Test
    void emptyFilesAreReadAgainTogetherForTheyShareTheDigestOfNoBytes() {
        List<IngestPlan.Recorded> last = List.of(new IngestPlan.Recorded("e/old.txt", org.medinsure.warehouse.ingest.parse.FileIngestor.NO_BYTES_DOC_ID, 0, 100, P0),
                new IngestPlan.Recorded("f/1.txt", "h-f1", 5, 100, P1));
        List<InputFile> now = List.of(file("e/new.txt", 0, 300), file("e/old.txt", 0, 100), file("f/1.txt", 5, 100));
        IngestPlan plan = new IngestPlan(now, last);
        IngestPlan.Work work = plan.work(Map.of(0, InputFile.NO_BYTES_PREFIX + "e/new.txt"), Set.of(P0, P1));
        assertThat(work.read()).containsExactly(0, 1);
        assertThat(work.partsToFilter()).containsExactly(P0);
        assertThat(work.partsToKeep()).containsExactly(P1);
    }

    @Test
    void aChangedFileWithoutItsContentKeyIsAnError() {
        IngestPlan plan = new IngestPlan(List.of(file("a/1.txt", 11, 100)), LAST);
        assertThatThrownBy(() -> plan.work(Map.of(), Set.of(P0))).hasMessageContaining("a/1.txt");
    }

    @Test
    void pathRangesKeepNeighbouringPathsTogetherAndBalanceBytes() {
        List<InputFile> files = List.of(file("a/1", 100, 0), file("a/2", 100, 0), file("b/1", 100, 0),
                file("b/2", 100, 0), file("c/1", 0, 0));
        PathRanges ranges = PathRanges.of(files, 2);
        assertThat(ranges.numPartitions()).isEqualTo(2);
        assertThat(ranges.getPartition("a/1")).isEqualTo(ranges.getPartition("a/2")).isZero();
        assertThat(ranges.getPartition("b/1")).isEqualTo(ranges.getPartition("b/2")).isEqualTo(1);
        assertThat(ranges.getPartition("c/1")).isEqualTo(1);
        assertThat(ranges.getPartition("0")).isZero(); // a path before every listed one still has a range
        assertThat(PathRanges.of(files.subList(0, 1), 4).numPartitions()).isEqualTo(1);
    }
}
