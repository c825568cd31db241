package workshop.kit.compare.result;

/**
 * A step's run cut into equal slices of simulated time.
 *
 * @param sliceSeconds the length of a slice in simulated seconds
 * @param sliceStarts each slice's start, in simulated seconds since the workload began
 * @param hitRate each slice's cache hit rate in percent (NaN when it made no cache reads)
 * @param staleReads stale reads that began in each slice
 * @param reads reads that began in each slice
 */
public record Timeline(double sliceSeconds, double[] sliceStarts, double[] hitRate, long[] staleReads, long[] reads) {}
