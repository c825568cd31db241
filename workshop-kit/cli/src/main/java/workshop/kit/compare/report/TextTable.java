package workshop.kit.compare.report;

import java.util.List;
import java.util.Map;

/** Renders rows of cells as a plain-text table with aligned columns, for the terminal. */
final class TextTable {
    private TextTable() {}

    /**
     * @param headers one per column after the row labels
     * @param rows row label to one cell per column
     */
    static String render(List<String> headers, Map<String, List<String>> rows) {
        int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> cells : rows.values()) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(pad("", labelWidth));
        for (int i = 0; i < widths.length; i++) {
            out.append(" | ").append(padLeft(headers.get(i), widths[i]));
        }
        out.append('\n').append("-".repeat(labelWidth));
        for (int width : widths) {
            out.append("-+-").append("-".repeat(width));
        }
        out.append('\n');
        rows.forEach((label, cells) -> {
            out.append(pad(label, labelWidth));
            for (int i = 0; i < cells.size(); i++) {
                out.append(" | ").append(padLeft(cells.get(i), widths[i]));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
