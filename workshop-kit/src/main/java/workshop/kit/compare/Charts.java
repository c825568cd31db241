package workshop.kit.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn with XChart and rendered to PNG. */
public final class Charts {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;
  private static final Color[] COLORS = {new Color(0xC0392B), new Color(0x2874A6), new Color(0x1E8449), new Color(0x7D3C98)};

  private Charts() {}

  /** Every chart by file-name suffix: latency, hit-rate, stale-reads. */
  public static Map<String, XYChart> all(ComparisonResult result) {
    Map<String, XYChart> charts = new LinkedHashMap<>();
    charts.put("latency", latency(result));
    charts.put("hit-rate", hitRate(result));
    charts.put("stale-reads", staleReads(result));
    return charts;
  }

  /** Read latency distribution: the share of reads that took at most x ms, per step (x on a log scale). */
  static XYChart latency(ComparisonResult result) {
    XYChart chart = chart("Read latency distribution", "read latency (ms, log scale)", "reads at or below (%)");
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    for (int index = 0; index < result.steps().size(); index++) {
      StepAnalysis step = result.steps().get(index);
      long[] sorted = step.readLatenciesNanos();
      if (sorted.length == 0) {
        continue;
      }
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      int points = Math.min(400, sorted.length);
      for (int i = 1; i <= points; i++) {
        int rank = (int) Math.ceil((double) i / points * sorted.length) - 1;
        x.add(Math.max(sorted[rank] / 1e6, 0.01));
        y.add(100.0 * (rank + 1) / sorted.length);
      }
      add(chart, label(step.figures()), x, y, false, index);
    }
    return chart;
  }

  /** Cache hit rate over the run, per step that uses a cache. */
  static XYChart hitRate(ComparisonResult result) {
    XYChart chart = chart("Cache hit rate over the run", axisOfTime(result), "hit rate (%)");
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    for (int index = 0; index < result.steps().size(); index++) {
      StepAnalysis step = result.steps().get(index);
      Timeline timeline = step.timeline();
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int i = 0; i < timeline.hitRate().length; i++) {
        if (!Double.isNaN(timeline.hitRate()[i])) {
          x.add(timeline.sliceStarts()[i] + timeline.sliceSeconds() / 2);
          y.add(timeline.hitRate()[i]);
        }
      }
      if (!x.isEmpty()) {
        add(chart, label(step.figures()), x, y, true, index);
      }
    }
    if (chart.getSeriesMap().isEmpty()) {
      chart.setTitle("Cache hit rate over the run (no cache reads were seen)");
    }
    return chart;
  }

  /** Stale reads that began in each slice of the run, per step. */
  static XYChart staleReads(ComparisonResult result) {
    StepAnalysis first = result.steps().get(0);
    String perSlice = String.format(java.util.Locale.ROOT, "stale reads per %.0f simulated s", first.timeline().sliceSeconds());
    XYChart chart = chart("Stale reads over the run", axisOfTime(result), perSlice);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    for (int index = 0; index < result.steps().size(); index++) {
      StepAnalysis step = result.steps().get(index);
      Timeline timeline = step.timeline();
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int i = 0; i < timeline.staleReads().length; i++) {
        x.add(timeline.sliceStarts()[i] + timeline.sliceSeconds() / 2);
        y.add((double) timeline.staleReads()[i]);
      }
      add(chart, label(step.figures()) + " (" + Format.count(step.figures().staleReads()) + " in all)", x, y, true, index);
    }
    return chart;
  }

  public static byte[] png(XYChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String axisOfTime(ComparisonResult result) {
    return result.simulatedTime()
        ? "time into the workload (simulated seconds, " + result.speedUp() + "x wall time)"
        : "time into the workload (seconds)";
  }

  private static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setPlotGridLinesColor(new Color(0xDDDDDD));
    chart.getStyler()
        .setChartBackgroundColor(Color.WHITE)
        .setPlotBackgroundColor(Color.WHITE)
        .setLegendBorderColor(new Color(0xCCCCCC))
        .setSeriesColors(COLORS)
        .setAntiAlias(true);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    return chart;
  }

  private static void add(XYChart chart, String name, List<Double> x, List<Double> y, boolean markers, int stepIndex) {
    XYSeries series = chart.addSeries(name, x, y);
    Color color = COLORS[stepIndex % COLORS.length]; // the same colour for a step in every chart
    series.setLineColor(color);
    series.setMarkerColor(color);
    series.setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    series.setLineStyle(new BasicStroke(2f));
  }

  private static String label(StepFigures figures) {
    return figures.step() + " " + figures.title().toLowerCase();
  }
}
