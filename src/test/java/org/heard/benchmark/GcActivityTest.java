package org.heard.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GcActivityTest {

    @Test
    @DisplayName("The peaks before and after a collection come from every collection line of the log")
    void readsPeaksOfG1Log() {
        String log =
                """
                [0.012s][info][gc] Using G1
                [3.456s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->9M(1024M) 8.513ms
                [9.100s][info][gc] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) 312M->140M(1024M) 21.0ms
                [9.300s][info][gc] GC(2) Concurrent Mark Cycle
                [9.400s][info][gc] GC(2) Pause Remark 150M->148M(1024M) 3.1ms
                [12.000s][info][gc] GC(3) Pause Full (System.gc()) 1G->200M(1G) 310ms
                """;

        BenchmarkServer.GcActivity gc = BenchmarkServer.GcActivity.of(log);

        assertEquals(4, gc.count());
        assertEquals(1024, gc.peakBeforeMiB(), 0.001);
        assertEquals(200, gc.peakAfterMiB(), 0.001);
    }

    @Test
    @DisplayName("Kilobytes are converted and a log without collections has no peaks")
    void convertsUnitsAndToleratesNoCollections() {
        BenchmarkServer.GcActivity small =
                BenchmarkServer.GcActivity.of("[1.0s][info][gc] GC(0) Pause Young (Normal) 2048K->512K(8M) 1ms");

        assertEquals(2, small.peakBeforeMiB(), 0.001);
        assertEquals(0.5, small.peakAfterMiB(), 0.001);
        assertEquals(BenchmarkServer.GcActivity.NONE, BenchmarkServer.GcActivity.of("[0.0s][info][gc] Using G1\n"));
    }
}
