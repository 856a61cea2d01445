package org.shelfwise.web.pages;

import org.shelfwise.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** Every page in the library's locale, whatever the browser asks for: the desk's dates read the same everywhere. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

    @Bean
    LocaleResolver localeResolver(WebProperties properties) {
        return new FixedLocaleResolver(properties.locale());
    }
}
