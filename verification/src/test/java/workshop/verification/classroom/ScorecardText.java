package workshop.verification.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed scorecard, read back as a learner reads it: each check's label ([pass], [FAIL], [skip])
 * and name, in order, and the summary line "n passed, m failed[, k skipped]".
 */
public record ScorecardText(List<String> checkLines, int passed, int failed, int skipped) {
    private static final Pattern CHECK = Pattern.compile("^  (\\[pass\\]|\\[FAIL\\]|\\[skip\\]) (.+)$");
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?$");

    public static ScorecardText read(String output) {
        List<String> checks = new ArrayList<>();
        int passed = -1;
        int failed = -1;
        int skipped = 0;
        for (String line : output.lines().toList()) {
            Matcher check = CHECK.matcher(line);
            if (check.matches()) {
                checks.add(check.group(1) + " " + check.group(2));
            }
            Matcher summary = SUMMARY.matcher(line);
            if (summary.matches()) {
                passed = Integer.parseInt(summary.group(1));
                failed = Integer.parseInt(summary.group(2));
                skipped = summary.group(3) == null ? 0 : Integer.parseInt(summary.group(3));
            }
        }
        if (passed < 0) {
            throw new IllegalArgumentException("No scorecard summary in:\n" + output);
        }
        return new ScorecardText(checks, passed, failed, skipped);
    }

    /** How the scorecard labels a check of this status in the results files. */
    public static String label(String status) {
        return switch (status) {
            case "pass" -> "[pass]";
            case "fail", "error" -> "[FAIL]";
            case "skip" -> "[skip]";
            default -> throw new IllegalArgumentException("Unknown status " + status);
        };
    }
}
