package dk.samvirke.harvest;

import dk.samvirke.shared.SamvirkeProperties;
import org.eclipse.jgit.transport.HttpTransport;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

    @Bean
    FetchPolicy fetchPolicy(SamvirkeProperties properties) {
        var harvest = properties.harvest();
        return new FetchPolicy(harvest.allowLocal(), harvest.allowHttp(), HostResolver.SYSTEM);
    }

    /** JGit takes its HTTP connection factory from a static; every fetch in this JVM goes through the policy. */
    @Bean
    GuardedConnectionFactory guardedConnectionFactory(FetchPolicy policy, SamvirkeProperties properties) {
        var harvest = properties.harvest();
        var factory = new GuardedConnectionFactory(policy, harvest.connectTimeout(), harvest.readTimeout(),
                harvest.maxFetchSize().toBytes());
        HttpTransport.setConnectionFactory(factory);
        return factory;
    }
}
