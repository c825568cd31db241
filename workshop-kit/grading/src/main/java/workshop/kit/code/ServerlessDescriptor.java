package workshop.kit.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.kit.WorkshopException;

/**
 * Reads the Lambda handler's class name from a step's {@code serverless.yml}, so {@code ./workshop
 * run} starts exactly what AWS would. Only the {@code handler:} line matters, so the file is read
 * as text rather than with a YAML library.
 */
public final class ServerlessDescriptor {
    private static final Pattern HANDLER =
            Pattern.compile("^\\s*handler:\\s*['\"]?([\\w.$]+)(?:::\\w+)?['\"]?\\s*(#.*)?$", Pattern.MULTILINE);

    private ServerlessDescriptor() {}

    public static String handlerClass(Path serverlessYml) {
        String text;
        try {
            text = Files.readString(serverlessYml);
        } catch (IOException e) {
            throw new WorkshopException("Cannot read " + serverlessYml + ": " + e.getMessage());
        }
        return handlerClassIn(text)
                .orElseThrow(() -> new WorkshopException(
                        "No 'handler:' line in " + serverlessYml + "; it names the Lambda handler class."));
    }

    public static java.util.Optional<String> handlerClassIn(String serverlessYml) {
        Matcher matcher = HANDLER.matcher(serverlessYml);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
