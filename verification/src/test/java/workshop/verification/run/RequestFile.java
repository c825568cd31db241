package workshop.verification.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code requests.http}, read as IntelliJ's HTTP Client and VS Code's REST Client read
 * it, as far as the workshop's files use the format: {@code @name = value} variables, requests
 * separated by {@code ###} lines, comments starting with {@code #} or {@code //}, then the request
 * line, headers, a blank line and the body. Each request's {@code # expect NNN} comment is the
 * status it promises.
 */
record RequestFile(Map<String, String> variables, List<Request> requests) {
    private static final Pattern VARIABLE = Pattern.compile("^@([\\w.-]+)\\s*=\\s*(.*)$");
    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect\\s+(\\d{3})\\b.*$");
    private static final Pattern REQUEST_LINE =
            Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+(\\S+)(?:\\s+HTTP/[\\d.]+)?$");
    private static final Pattern HEADER = Pattern.compile("^([\\w-]+):\\s*(.*)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.-]+)}}");

    /**
     * One request, as written: its title (the text after {@code ###}), the line its request line is
     * on, the status its comment promises (0 when it promises none), method, URL, headers and body.
     */
    record Request(
            String title,
            int line,
            int expectedStatus,
            String method,
            String url,
            Map<String, String> headers,
            String body) {
        /** This request with every {@code {{name}}} replaced; an IllegalArgumentException for an unknown name. */
        Request resolved(Map<String, String> variables) {
            Map<String, String> resolvedHeaders = new LinkedHashMap<>();
            headers.forEach((name, value) -> resolvedHeaders.put(name, resolve(value, variables)));
            return new Request(
                    title,
                    line,
                    expectedStatus,
                    method,
                    resolve(url, variables),
                    resolvedHeaders,
                    resolve(body, variables));
        }

        private String resolve(String text, Map<String, String> variables) {
            Matcher placeholder = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (placeholder.find()) {
                String value = variables.get(placeholder.group(1));
                if (value == null) {
                    throw new IllegalArgumentException(
                            "line " + line + ": {{" + placeholder.group(1) + "}} is not defined in the file");
                }
                placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            return placeholder.appendTail(out).toString();
        }
    }

    static RequestFile parse(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        List<Request> requests = new ArrayList<>();
        List<String> lines = text.lines().toList();
        int i = 0;
        String title = null;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.startsWith("###")) {
                title = line.substring(3).strip();
                i++;
                continue;
            }
            Matcher variable = VARIABLE.matcher(line);
            if (line.isEmpty() || (isComment(line) && title == null)) {
                i++;
            } else if (variable.matches()) {
                variables.put(variable.group(1), variable.group(2).strip());
                i++;
            } else if (title == null) {
                throw new IllegalArgumentException(
                        "line " + (i + 1) + ": a request before the first ### separator: " + line);
            } else {
                i = readRequest(lines, i, title, requests);
                title = null;
            }
        }
        return new RequestFile(variables, requests);
    }

    /** Reads the request that starts at {@code start} (its comments, then the request itself); the index after it. */
    private static int readRequest(List<String> lines, int start, String title, List<Request> requests) {
        int expected = 0;
        int i = start;
        for (;
                i < lines.size()
                        && (isComment(lines.get(i).strip()) || lines.get(i).isBlank());
                i++) {
            Matcher expect = EXPECT.matcher(lines.get(i).strip());
            if (expect.matches()) {
                expected = Integer.parseInt(expect.group(1));
            }
        }
        Matcher requestLine =
                REQUEST_LINE.matcher(i < lines.size() ? lines.get(i).strip() : "");
        if (!requestLine.matches()) {
            throw new IllegalArgumentException(
                    "line " + (i + 1) + ": expected a request line (METHOD URL) under ### " + title);
        }
        int line = i + 1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (i++; i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("###"); i++) {
            Matcher header = HEADER.matcher(lines.get(i).strip());
            if (!header.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": not a header (Name: value): " + lines.get(i));
            }
            headers.put(header.group(1), header.group(2));
        }
        StringBuilder body = new StringBuilder();
        for (; i < lines.size() && !lines.get(i).startsWith("###"); i++) {
            body.append(lines.get(i)).append('\n');
        }
        requests.add(new Request(
                title,
                line,
                expected,
                requestLine.group(1),
                requestLine.group(2),
                headers,
                body.toString().strip()));
        return i;
    }

    private static boolean isComment(String line) {
        return line.startsWith("#") || line.startsWith("//");
    }
}
