package workshop.kit.compare.report;

import java.util.List;
import workshop.kit.compare.result.ComparisonResult;

/**
 * Draws the compare report's charts. The drawing library lives in its own module
 * (workshop-charts), loaded only when a report with charts is asked for (see {@link
 * workshop.kit.OptionalModule}).
 */
public interface ChartDrawer {
    /** Every chart of the result: latency, hit rate, stale reads, and the TTL sweep when there was one. */
    List<Figure> draw(ComparisonResult result);
}
