package workshop.kit.dynamodb;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to run moto on this machine.
 *
 * @param serverCommand the command that starts the server, without host and port: {@code
 *     [/path/moto_server]} or {@code [/path/python3, -m, moto.server]}
 * @param python a Python found next to it on the PATH, used only to read moto's version for the
 *     endpoint's description
 */
record MotoInstallation(List<String> serverCommand, Optional<Path> python) {
    MotoInstallation {
        serverCommand = List.copyOf(serverCommand);
    }

    /** What people would type: {@code moto_server} or {@code python3 -m moto.server}. */
    String displayName() {
        Path program = Path.of(serverCommand.get(0)).getFileName();
        return serverCommand.size() == 1
                ? program.toString()
                : program + " " + String.join(" ", serverCommand.subList(1, serverCommand.size()));
    }
}
