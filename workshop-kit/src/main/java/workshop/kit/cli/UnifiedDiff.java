package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain unified diff of two texts, for when git is not installed: the longest common subsequence
 * of lines, printed as hunks with three lines of context. Exercise files are small, so the
 * quadratic table is fine.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** One line of the edit script: ' ' kept, '-' only in a, '+' only in b. */
  private record Edit(char kind, String line, int aLine, int bLine) {}

  static String of(String aName, List<String> a, String bName, List<String> b) {
    List<Edit> edits = edits(a, b);
    if (edits.stream().allMatch(edit -> edit.kind() == ' ')) {
      return "";
    }
    StringBuilder out = new StringBuilder("--- " + aName + "\n+++ " + bName + "\n");
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == ' ') {
        i++;
        continue;
      }
      // A hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
      // is closer than 2 * CONTEXT to the one before it.
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
        if (edits.get(end).kind() != ' ') {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      appendHunk(out, edits.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    int aStart = hunk.get(0).aLine();
    int bStart = hunk.get(0).bLine();
    long aCount = hunk.stream().filter(edit -> edit.kind() != '+').count();
    long bCount = hunk.stream().filter(edit -> edit.kind() != '-').count();
    out.append("@@ -").append(aStart + 1).append(',').append(aCount)
        .append(" +").append(bStart + 1).append(',').append(bCount).append(" @@\n");
    hunk.forEach(edit -> out.append(edit.kind()).append(edit.line()).append('\n'));
  }

  private static List<Edit> edits(List<String> a, List<String> b) {
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(' ', a.get(i), i++, j++));
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit('-', a.get(i), i++, j)); // removals before additions, as diff prints them
      } else {
        edits.add(new Edit('+', b.get(j), i, j++));
      }
    }
    return edits;
  }
}
