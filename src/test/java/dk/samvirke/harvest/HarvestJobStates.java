package dk.samvirke.harvest;

import dk.samvirke.support.Http;
import tools.jackson.databind.JsonNode;

/** Waits, through the API as a client would, for a harvest job to finish. */
final class HarvestJobStates {

    private HarvestJobStates() {
    }

    /** The job's last answer once it succeeded or failed, or after a minute whatever its state. */
    static JsonNode awaitJob(Http http, long id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode job = http.get("/api/v1/harvest/jobs/" + id).json();
            String state = job.get("state").asString();
            if (state.equals("succeeded") || state.equals("failed") || System.currentTimeMillis() > deadline) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }
}
