package dk.samvirke.forum;

import dk.samvirke.support.Http;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** JSON requests to the forum API in a line each. */
final class ForumTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ForumTestSupport() {
    }

    static byte[] json(Object value) {
        return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    }

    static Http.Response post(Http http, String path, String bearer, Object body) {
        return bearer == null ? http.post(path, "application/json", json(body))
                : http.post(path, "application/json", json(body), "Authorization", bearer);
    }

    static Http.Response put(Http http, String path, String bearer, Object body) {
        return http.put(path, "application/json", json(body), "Authorization", bearer);
    }

    static Http.Response topic(Http http, String bearer, String category, String kind, String title, String body) {
        return post(http, "/api/v1/forum/topics", bearer,
                java.util.Map.of("category", category, "kind", kind, "title", title, "body", body));
    }

    static Http.Response reply(Http http, String bearer, long topic, String body) {
        return post(http, "/api/v1/forum/topics/" + topic + "/posts", bearer, java.util.Map.of("body", body));
    }
}
