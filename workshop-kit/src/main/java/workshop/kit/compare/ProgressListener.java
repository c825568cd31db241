package workshop.kit.compare;

/** Told how far a step's workload has come; the CLI shows a progress bar. */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void seeding(String label) {}

    @Override
    public void stepStarted(String label, long total, String unit) {}

    @Override
    public void progressed(long done, String message) {}

    @Override
    public void stepFinished() {}
  };

  /** A step's seeding starts. */
  void seeding(String label);

  /** A step's workload starts; {@code total} is in {@code unit}s (ms or requests). */
  void stepStarted(String label, long total, String unit);

  void progressed(long done, String message);

  void stepFinished();
}
