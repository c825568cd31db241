package workshop.kit.compare.workload;

/** The kinds of request the workload sends, grouped as the report shows them. */
public enum RouteGroup {
    GET_USER("GET /users/{u}", true),
    GET_ORGANIZATION("GET /organizations/{o}", true),
    GET_MEMBERSHIP("GET /organizations/{o}/members/{u}", true),
    UPDATE_USER("PATCH /users/{u}", false),
    CHANGE_ROLE("PATCH /organizations/{o}/members/{u}", false),
    ADD_MEMBER("POST /organizations/{o}/members", false),
    REMOVE_MEMBER("DELETE /organizations/{o}/members/{u}", false);

    private final String label;
    private final boolean read;

    RouteGroup(String label, boolean read) {
        this.label = label;
        this.read = read;
    }

    public String label() {
        return label;
    }

    public boolean isRead() {
        return read;
    }
}
