package workshop.kit.compare.report;

/**
 * One picture of the compare report.
 *
 * @param name the suffix of its PNG file, e.g. "latency"
 * @param title what it shows (also its alt text)
 */
public record Figure(String name, String title, byte[] png) {}
