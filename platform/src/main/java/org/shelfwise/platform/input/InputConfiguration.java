package org.shelfwise.platform.input;

import org.shelfwise.platform.docs.MergePatchDocs;
import org.shelfwise.platform.errors.ProblemErrorController;
import org.shelfwise.platform.errors.TomcatProblemReports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input rules every service applies before its own code runs, and problem details for what the container
 * refuses: strict JSON, checked query strings and content types, single-valued parameters, answers a client can
 * accept, the error dispatch and Tomcat's own error reports.
 */
@Configuration(proxyBeanMethods = false)
public class InputConfiguration {

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    /** Each service's OpenAPI document, where springdoc writes one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class Docs {

        @Bean
        MergePatchDocs mergePatchDocs() {
            return new MergePatchDocs();
        }
    }

    /** Servlet services only: the gateway has its own for WebFlux. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Servlet implements WebMvcConfigurer {

        // ahead of Spring Security's filters, which read parameters (and would fail on invalid UTF-8 first)
        @Bean
        FilterRegistrationBean<RequestInputCheck> requestInputCheck(JsonMapper json) {
            var registration = new FilterRegistrationBean<>(new RequestInputCheck(json));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }

        @Bean
        ProblemErrorController problemErrorController(JsonMapper json) {
            return new ProblemErrorController(json);
        }

        @Bean
        @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
        TomcatProblemReports tomcatProblemReports() {
            return new TomcatProblemReports();
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new SingleValuedParameters());
            registry.addInterceptor(new AcceptableAnswers());
        }
    }
}
