package dk.samvirke.api.v1;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The conventions every operation of the OpenAPI document follows, whichever module declares it, so that
 * other catalogues can build on it (it passes {@code redocly lint} with the recommended rules: CI runs it):
 * an operation id from the resource and the method ({@code productsGet}); the problem answers it can give
 * (RFC 9457) unless it declares its own; tags named and described in Danish and English; the public tags
 * first and the administrators' last, and the paths in the same order.
 */
@Component
class OpenApiConventions implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";

    /** Tag → Danish name, then its description in Danish and English. Every tag an operation uses is here. */
    static final Map<String, String[]> TAGS = tags();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getOperationId() == null || operation.getOperationId().equals(handler.getMethod().getName())
                || operation.getOperationId().startsWith(handler.getMethod().getName() + "_")) {
            String resource = resourceName(handler.getBeanType());
            String method = handler.getMethod().getName();
            operation.setOperationId(method.toLowerCase(Locale.ROOT).startsWith(resource.toLowerCase(Locale.ROOT)) ? method
                    : resource + upperFirst(method));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String id = operation.getOperationId();
            for (int n = 2; id != null && !ids.add(id); n++) {
                id = operation.getOperationId() + n;
            }
            operation.setOperationId(id);
            addProblems(path, method, operation);
        }));
        api.setTags(orderedTags(api));
        api.setPaths(orderedPaths(api.getPaths()));
    }

    /** The problem answers an operation can give, as far as its method and path tell; declared ones win. */
    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        var responses = operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean publicWrite = path.equals("/api/v1/publiccode/validate");
        problem(responses, "400", "The request is malformed: a parameter or the body cannot be read");
        if ((writes && !publicWrite) || path.startsWith("/api/v1/admin/")) {
            problem(responses, "401", "Not signed in: send an API token (Authorization: Bearer …)");
            problem(responses, "403", "Signed in, but this role may not do it");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record");
        }
        if (writes && operation.getRequestBody() != null) {
            problem(responses, "413", "The body is larger than its limit (1 MiB for JSON, 50 MB for an upload)");
            problem(responses, "422", "The request names fields with invalid values; each is named with why");
        }
        problem(responses, "503", "The database cannot be reached just now (Retry-After says when to try again)");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"));
    }

    /** Every tag used, described in both languages, the administrators' last. */
    private static List<Tag> orderedTags(OpenAPI api) {
        Set<String> used = new java.util.TreeSet<>();
        api.getPaths().values().forEach(item -> item.readOperations().forEach(o -> {
            if (o.getTags() != null) {
                used.addAll(o.getTags());
            }
        }));
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            String[] known = TAGS.get(name);
            var tag = new Tag().name(name);
            if (known != null) {
                tag.description(known[1] + "\n\n" + known[2]);
                tag.addExtension("x-displayName", known[0] + " · " + name);
            }
            tags.add(tag);
        }
        tags.sort(Comparator.comparing((Tag t) -> isAdministration(t.getName()))
                .thenComparing(t -> order(t.getName())));
        return tags;
    }

    private static Paths orderedPaths(Paths paths) {
        var ordered = new Paths();
        paths.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, PathItem> e) -> e.getKey().startsWith("/api/v1/admin/"))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.addPathItem(e.getKey(), e.getValue()));
        return ordered;
    }

    private static boolean isAdministration(String tag) {
        return tag.startsWith("Administration");
    }

    private static int order(String tag) {
        int i = new ArrayList<>(TAGS.keySet()).indexOf(tag);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static String resourceName(Class<?> type) {
        String name = type.getSimpleName().replaceAll("\\$\\$.*", "").replaceAll("(Resource|Controller)$", "");
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    private static String upperFirst(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static Map<String, String[]> tags() {
        Map<String, String[]> tags = new LinkedHashMap<>();
        tags.put("Statistics", new String[] {"Statistik", "Foreningens tal på en hvilken som helst dato.",
            "The association's figures as of any date."});
        tags.put("Organisations", new String[] {"Organisationer",
            "Kommuner, regioner, statslige myndigheder, foreninger og leverandører, over tid.",
            "Municipalities, regions, state bodies, associations and suppliers, over time."});
        tags.put("Products", new String[] {"Produkter", "Kataloget over produkter (kodebaser), og hvem der bruger dem.",
            "The catalogue of products (codebases) and who uses them."});
        tags.put("Usage", new String[] {"Anvendelse",
            "Hvilken organisation der bruger hvilket produkt, vedligeholdt af organisationen selv.",
            "Which organisation uses which product, maintained by the organisation itself."});
        tags.put("People", new String[] {"Personer", "En organisations personer og deres deltagelse.",
            "An organisation's people and their participation."});
        tags.put("Governance", new String[] {"Styring og økonomi",
            "Hvem der styrer hvert produkt, hvad de har besluttet, modenhed og fordeling af udgifter.",
            "Who steers each product, what they decided, its maturity and how its costs are shared."});
        tags.put("Events", new String[] {"Arrangementer", "Møder, workshops og konferencer med tilmelding og kalendere.",
            "Meetings, workshops and conferences with sign-up and calendars."});
        tags.put("Security notices", new String[] {"Sikkerhedsmeddelelser",
            "Sårbarheder i delte produkter, sendt til præcis dem, der kører en berørt version.",
            "Vulnerabilities in shared products, sent to exactly those who run an affected version."});
        tags.put("Forum", new String[] {"Forum", "Spørgsmål og diskussioner, pr. produkt og for hele foreningen.",
            "Questions and discussions, per product and association-wide."});
        tags.put("Search", new String[] {"Søgning",
            "Én søgning i produkter, organisationer, offentlige profiler og forummet.",
            "One search over products, organisations, public profiles and the forum."});
        tags.put("Harvest", new String[] {"Høst", "Produkters git-depoter, høstet for bidrag, udgivelser og publiccode.yml.",
            "Git repositories of products, harvested for contributors, releases and publiccode.yml."});
        tags.put("publiccode.yml", new String[] {"publiccode.yml", "Kontrol af publiccode.yml som referenceparseren.",
            "Validation of publiccode.yml as the reference parser does it."});
        tags.put("Catalogue (DCAT-AP)", new String[] {"Katalog (DCAT-AP)",
            "Kataloget til EU's kataloger som DCAT-AP 3.", "The catalogue for the EU's catalogues as DCAT-AP 3."});
        tags.put("Open data", new String[] {"Åbne data", "Datapakken uden noget personligt, til alle.",
            "The data package without anything personal, for anyone."});
        tags.put("History", new String[] {"Historik", "Hver ændring: hvem, hvornår, hvad, før → efter.",
            "Every change: who, when, what, before → after."});
        tags.put("Administration", new String[] {"Administration", "Konti og tokens; kun administratorer.",
            "Accounts and tokens; administrators only."});
        tags.put("Administration: data packages", new String[] {"Administration: datapakker",
            "Import og eksport af registret som datapakke.", "Import and export of the registry as a data package."});
        tags.put("Administration: organisations", new String[] {"Administration: organisationer",
            "Organisationer, der lægges sammen.", "Organisations that merge."});
        tags.put("Administration: search", new String[] {"Administration: søgning", "Søgeindekset.", "The search index."});
        return java.util.Collections.unmodifiableMap(tags);
    }
}
