package workshop.kit.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import workshop.kit.compare.report.ChartDrawer;
import workshop.kit.compare.report.Figure;
import workshop.kit.compare.report.Format;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.result.Timeline;

/**
 * The compare report's charts, drawn with XChart and rendered to PNG. The kit finds this class as a
 * {@link ChartDrawer} service; XChart and its libraries stay off the learner's classpath until a
 * report with charts is asked for.
 */
public final class XChartDrawer implements ChartDrawer {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final Color[] COLORS = {
        new Color(0xC0392B), new Color(0x2874A6), new Color(0x1E8449), new Color(0x7D3C98)
    };
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED =
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
    private static final BasicStroke DOTTED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f);

    /** Used by java.util.ServiceLoader. */
    public XChartDrawer() {}

    /** Every chart: latency, hit-rate, stale-reads, and ttl-sweep when there was a sweep. */
    @Override
    public List<Figure> draw(ComparisonResult result) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("latency", latency(result)));
        figures.add(figure("hit-rate", hitRate(result)));
        figures.add(figure("stale-reads", staleReads(result)));
        if (!result.sweep().isEmpty()) {
            figures.add(new Figure(
                    "ttl-sweep",
                    "The trade-off against the TTL: hit rate, stale reads and oldest staleness",
                    stacked(sweepShares(result), sweepStaleness(result))));
        }
        return figures;
    }

    /** Read latency distribution: the share of reads that took at most x ms, per step (x on a log scale). */
    static XYChart latency(ComparisonResult result) {
        XYChart chart = chart("Read latency distribution", "read latency (ms, log scale)", "reads at or below (%)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        for (int index = 0; index < result.steps().size(); index++) {
            StepAnalysis step = result.steps().get(index);
            double[][] curve = step.readLatencies().cumulative(200);
            if (curve.length == 0) {
                continue;
            }
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (double[] point : curve) {
                x.add(Math.max(point[0], 0.01));
                y.add(point[1]);
            }
            add(chart, label(step.figures()), x, y, SeriesMarkers.NONE, SOLID, COLORS[index % COLORS.length]);
        }
        return chart;
    }

    /** Cache hit rate over the run, per step that uses a cache. */
    static XYChart hitRate(ComparisonResult result) {
        XYChart chart =
                chart("Cache hit rate over the run", "time into the workload (simulated seconds)", "hit rate (%)");
        chart.getStyler().setXAxisDecimalPattern("#,##0");
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
                add(chart, label(step.figures()), x, y, SeriesMarkers.CIRCLE, SOLID, COLORS[index % COLORS.length]);
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
        String perSlice = String.format(
                Locale.ROOT,
                "stale reads per %.0f simulated s",
                first.timeline().sliceSeconds());
        XYChart chart = chart("Stale reads over the run", "time into the workload (simulated seconds)", perSlice);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
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
            add(
                    chart,
                    label(step.figures()) + " (" + Format.count(step.figures().staleReads()) + " in all)",
                    x,
                    y,
                    SeriesMarkers.CIRCLE,
                    SOLID,
                    COLORS[index % COLORS.length]);
        }
        return chart;
    }

    /** The sweep's upper panel: hit rate (solid) and stale-read share (dashed) against the TTL, per step. */
    static XYChart sweepShares(ComparisonResult result) {
        XYChart chart = chart(
                "Hit rate (solid) and stale reads (dashed) against the TTL, same workload",
                "TTL (s, log scale)",
                "share (%)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW); // inside, so both panels' plots line up
        for (String step : sweptSteps(result)) {
            List<SweepPoint> points = pointsOf(result, step);
            Color color = colorOf(result, step);
            List<Double> ttls = points.stream().map(SweepPoint::ttlSeconds).toList();
            add(
                    chart,
                    step + " hit rate",
                    ttls,
                    points.stream()
                            .map(p -> p.hitRate() == null ? 0.0 : 100 * p.hitRate())
                            .toList(),
                    SeriesMarkers.CIRCLE,
                    SOLID,
                    color);
            add(
                    chart,
                    step + " stale reads",
                    ttls,
                    points.stream().map(p -> 100 * p.staleShare()).toList(),
                    SeriesMarkers.SQUARE,
                    DASHED,
                    color);
        }
        return chart;
    }

    /** The sweep's lower panel: the oldest stale read against the TTL, with the line staleness = TTL. */
    static XYChart sweepStaleness(ComparisonResult result) {
        XYChart chart = chart("Oldest stale read against the TTL", "TTL (s, log scale)", "oldest staleness (s)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        List<Double> ttls = result.sweep().stream()
                .map(SweepPoint::ttlSeconds)
                .distinct()
                .sorted()
                .toList();
        add(chart, "staleness = TTL", ttls, ttls, SeriesMarkers.NONE, DOTTED, Color.GRAY);
        for (String step : sweptSteps(result)) {
            List<SweepPoint> points = pointsOf(result, step);
            add(
                    chart,
                    step + " oldest",
                    points.stream().map(SweepPoint::ttlSeconds).toList(),
                    points.stream().map(SweepPoint::maxStalenessSeconds).toList(),
                    SeriesMarkers.DIAMOND,
                    SOLID,
                    colorOf(result, step));
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

    private static Figure figure(String name, XYChart chart) {
        return new Figure(name, chart.getTitle(), png(chart));
    }

    /** Two charts one above the other, as one picture: they share the x axis. */
    private static byte[] stacked(XYChart top, XYChart bottom) {
        BufferedImage upper = BitmapEncoder.getBufferedImage(top);
        BufferedImage lower = BitmapEncoder.getBufferedImage(bottom);
        BufferedImage both =
                new BufferedImage(WIDTH, upper.getHeight() + lower.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = both.createGraphics();
        graphics.drawImage(upper, 0, 0, null);
        graphics.drawImage(lower, 0, upper.getHeight(), null);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(both, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sweptSteps(ComparisonResult result) {
        return result.sweep().stream().map(SweepPoint::step).distinct().toList();
    }

    private static List<SweepPoint> pointsOf(ComparisonResult result, String step) {
        return result.sweep().stream()
                .filter(p -> p.step().equals(step))
                .sorted(Comparator.comparingDouble(SweepPoint::ttlSeconds))
                .toList();
    }

    /** A step's colour is the same in every chart: its place in the comparison. */
    private static Color colorOf(ComparisonResult result, String step) {
        for (int index = 0; index < result.steps().size(); index++) {
            if (result.steps().get(index).figures().step().equals(step)) {
                return COLORS[index % COLORS.length];
            }
        }
        return COLORS[COLORS.length - 1];
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
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

    private static void add(
            XYChart chart, String name, List<Double> x, List<Double> y, Marker marker, BasicStroke line, Color color) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(marker);
        series.setLineStyle(line);
    }

    private static String label(StepFigures figures) {
        return figures.step() + " " + figures.title().toLowerCase();
    }
}
