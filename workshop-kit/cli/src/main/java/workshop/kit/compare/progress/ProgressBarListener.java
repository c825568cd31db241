package workshop.kit.compare.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows each step's workload as a progress bar on the terminal (stderr). */
public final class ProgressBarListener implements ProgressListener {
    private ProgressBar bar;

    @Override
    public void stepStarted(String label, long total, String unit) {
        bar = new ProgressBarBuilder()
                .setTaskName(label)
                .setInitialMax(total)
                .setUnit(" " + unit, 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .hideEta()
                .setMaxRenderedLength(100)
                .build();
    }

    @Override
    public void progressed(long done, String message) {
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void stepFinished() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
