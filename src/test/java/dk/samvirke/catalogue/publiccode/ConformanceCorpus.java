package dk.samvirke.catalogue.publiccode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shared conformance corpus (../shared/conformance/publiccode), read straight from disk. */
final class ConformanceCorpus {

    static final Path ROOT = dk.samvirke.support.SharedFolder.resolve("conformance/publiccode");

    record Expected(String type, String key, String message, int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + type + ": " + key + ": " + message;
        }
    }

    record Case(String path, String offlineVerdict, List<Expected> offlineResults) {
        Path file() {
            return ROOT.resolve(path);
        }
    }

    private ConformanceCorpus() {
    }

    static List<Case> cases() {
        try {
            JsonNode json = JsonMapper.builder().build().readTree(Files.readString(ROOT.resolve("expected.json")));
            List<Case> cases = new ArrayList<>();
            for (JsonNode c : json.get("cases")) {
                String path = c.get("path").asString();
                String dir = ROOT.resolve(path).getParent().toString();
                List<Expected> results = new ArrayList<>();
                for (JsonNode r : c.get("offline_results")) {
                    results.add(new Expected(r.get("type").asString(), r.get("key").asString(),
                            r.get("message").asString().replace("${DIR}", dir), r.get("line").asInt(),
                            r.get("column").asInt()));
                }
                cases.add(new Case(path, c.get("offline_verdict").asString(), results));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expected> actual(PubliccodeValidator.Report report) {
        List<Expected> out = new ArrayList<>();
        for (PubliccodeValidator.Entry e : report.entries()) {
            Finding f = e.finding();
            out.add(new Expected(e.warning() ? "warning" : "error", f.key(), f.message(), f.line(), f.column()));
        }
        return out;
    }
}
