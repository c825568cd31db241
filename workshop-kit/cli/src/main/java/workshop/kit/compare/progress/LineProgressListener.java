package workshop.kit.compare.progress;

import java.io.PrintStream;

/**
 * Progress for a log file or a pipe, where a progress bar would become one endless line of
 * carriage returns: a line at every tenth of a step's requests.
 */
public final class LineProgressListener implements ProgressListener {
    private final PrintStream out;
    private String label = "";
    private long total = 1;
    private int tenthsShown;

    public LineProgressListener(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void stepStarted(String label, long total, String unit) {
        this.label = label;
        this.total = Math.max(1, total);
        this.tenthsShown = 0;
    }

    @Override
    public synchronized void progressed(long done, String message) {
        int tenths = (int) Math.min(10, done * 10 / total);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            out.println(label + ": " + tenths * 10 + "% (" + message + ")");
        }
    }

    @Override
    public void stepFinished() {}
}
