package workshop.kit.grader;

/**
 * One task of a step in the machine-readable results.
 *
 * @param checks how many of its checks ran
 * @param done its checks ran and none of them failed (a skip is not a failure)
 * @param docs the chapter's section that explains it
 */
public record TaskGrade(int number, String title, boolean bonus, int checks, int passed, boolean done, String docs) {}
