package workshop.kit.cli;

/** The curl commands `./workshop run` suggests: the tutorial's story, then one of each error. */
final class Walkthrough {
    private Walkthrough() {}

    static String forBaseUrl(String url) {
        String json = "-H 'Content-Type: application/json'";
        return String.join(
                System.lineSeparator(),
                "Try it in another terminal (bash, Git Bash or WSL):",
                "",
                "  # two users",
                "  curl -i -X POST " + url + "/users " + json
                        + " -d '{\"username\":\"oliviaowner\",\"firstName\":\"Olivia\",\"lastName\":\"Smith\"}'",
                "  curl -i -X POST " + url + "/users " + json
                        + " -d '{\"username\":\"membermichael\",\"firstName\":\"Michael\",\"lastName\":\"Scott\"}'",
                "  # oliviaowner founds an organization and adds membermichael to it",
                "  curl -i -X POST " + url + "/organizations " + json
                        + " -H 'Authorization: oliviaowner' -d '{\"organizationName\":\"olivia-org\"}'",
                "  curl -i -X POST " + url + "/organizations/olivia-org/members " + json
                        + " -H 'Authorization: oliviaowner' -d '{\"username\":\"membermichael\",\"role\":\"Member\"}'",
                "  # read it back; run it twice and watch the log line below",
                "  curl -i " + url + "/organizations/olivia-org/members/membermichael",
                "",
                "  # and the errors",
                "  curl -i " + url + "/users/nobody                                         # 404 no such user",
                "  curl -i -X POST " + url + "/users " + json
                        + " -d '{\"username\":\"oliviaowner\",\"firstName\":\"O\",\"lastName\":\"S\"}'   # 409 taken",
                "  curl -i -X POST " + url + "/users " + json
                        + " -d '{\"username\":\"Not Valid!\",\"firstName\":\"N\",\"lastName\":\"V\"}'  # 400 names the field",
                "  curl -i -X POST " + url + "/organizations " + json
                        + " -d '{\"organizationName\":\"no-actor\"}'                  # 401 no Authorization",
                "  curl -i -X POST " + url + "/organizations/olivia-org/members " + json
                        + " -H 'Authorization: membermichael' -d '{\"username\":\"oliviaowner\",\"role\":\"Admin\"}'  # 403 a Member cannot add",
                "");
    }
}
