package uk.crs.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Errors that Tomcat answers itself, before any servlet runs (an invalid character in the request target, a header
 * that breaks RFC 9110): problem+json like every other error, instead of Tomcat's HTML page. Replaces the host's
 * error report valve; errors that reach the application are still answered by {@link ErrorPages}.
 */
final class ProblemJsonErrorValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String type = status == null
                ? ApiErrors.INTERNAL.toString()
                : ErrorPages.type(status).toString();
        String detail = code == 400
                ? "the request is not well-formed HTTP (for example, an invalid character in its"
                        + " address or a malformed header)"
                : title;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + code
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response cannot take a body: nothing more to say
        }
    }

    /** Puts the valve in place of the host's own, after Spring Boot has configured its one. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    // the host adds its own default valve at start unless one of the class it names is present
                    host.setErrorReportValveClass(ProblemJsonErrorValve.class.getName());
                    host.getPipeline().addValve(new ProblemJsonErrorValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
