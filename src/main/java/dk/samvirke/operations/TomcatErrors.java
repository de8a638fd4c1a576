package dk.samvirke.operations;

import dk.samvirke.shared.SecurityHeaders;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses itself (a malformed address, say) never reach Spring, nor Spring Security's
 * headers: its own error report gets them here, without the server's name or any report of the failure.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new WithSecurityHeaders());
                host.setErrorReportValveClass(WithSecurityHeaders.class.getName());
            }
        });
    }

    public static final class WithSecurityHeaders extends ErrorReportValve {

        public WithSecurityHeaders() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeaders.apply(response.getResponse());
            }
            super.report(request, response, throwable);
        }
    }
}
