package dk.samvirke.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search has no Spring Boot auto-configuration: its settings travel with Hibernate's, as
 * {@code spring.jpa.properties.hibernate.search.*}. What is set there wins; this adds the defaults:
 * the embedded Lucene backend with its index under the data directory, the Danish analysis of the
 * backend chosen ({@link DanishAnalysis}, {@link DanishElasticsearchAnalysis}), and the mapping of every
 * module that contributes a {@link HibernateOrmSearchMappingConfigurer} bean. The Lucene defaults
 * are left out when another backend is chosen, so that Hibernate Search has no unused setting to warn
 * about; {@code samvirke.search.index-in-memory} (the tests) keeps the Lucene index in memory, as a
 * setting that means nothing to another backend.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchProperties(@Value("${samvirke.data-path}") String dataPath,
            @Value("${samvirke.search.index-in-memory:false}") boolean inMemory,
            ObjectProvider<HibernateOrmSearchMappingConfigurer> otherMappings) {
        return properties -> {
            List<Object> mappings = new ArrayList<>();
            mappings.add(new SearchMapping());
            otherMappings.orderedStream().forEach(mappings::add);
            properties.put(PREFIX + "mapping.configurer", mappings);
            // The mapping is programmatic only (SearchMapping and the modules' configurers): without this, every
            // start scans the entities' annotations and builds a Jandex index of the application's classes to
            // find annotated types there are none of.
            properties.putIfAbsent(PREFIX + "mapping.process_annotations", false);
            properties.putIfAbsent(PREFIX + "backend.type", "lucene");
            if ("lucene".equals(String.valueOf(properties.get(PREFIX + "backend.type")))) {
                luceneDefaults(properties, dataPath, inMemory);
            } else {
                properties.putIfAbsent(PREFIX + "backend.analysis.configurer", new DanishElasticsearchAnalysis());
            }
        };
    }

    private static void luceneDefaults(Map<String, Object> properties, String dataPath, boolean inMemory) {
        properties.putIfAbsent(PREFIX + "backend.analysis.configurer", new DanishAnalysis());
        // Pinned, so that a Lucene upgrade does not silently change how an existing index is read.
        properties.putIfAbsent(PREFIX + "backend.lucene_version", "LUCENE_9_12_0");
        Object directory = properties.computeIfAbsent(PREFIX + "backend.directory.type",
                key -> inMemory ? "local-heap" : "local-filesystem");
        if ("local-filesystem".equals(directory)) {
            properties.putIfAbsent(PREFIX + "backend.directory.root", dataPath + "/index");
        }
    }
}
