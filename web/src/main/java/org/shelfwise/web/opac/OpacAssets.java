package org.shelfwise.web.opac;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public pages' style sheet and script at {@code /assets/**}, beside the staff client's at
 * {@code /staff/assets/**}: from a folder of their own, so neither client's files are served under the other's path.
 */
@Configuration(proxyBeanMethods = false)
class OpacAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/opac-assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }
}
