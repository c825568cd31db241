package workshop.kit.compare.progress;

/**
 * Told how far a step's workload has come: the CLI shows a progress bar on a terminal
 * ({@link ProgressBarListener}) and a line every tenth otherwise ({@link LineProgressListener}).
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void stepStarted(String label, long total, String unit) {}

        @Override
        public void progressed(long done, String message) {}

        @Override
        public void stepFinished() {}
    };

    /** A step's workload starts; {@code total} is in {@code unit}s (requests). */
    void stepStarted(String label, long total, String unit);

    void progressed(long done, String message);

    void stepFinished();
}
