package org.shelfwise.catalog.oai;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the repository says of itself in Identify, and how many records a list page holds.
 *
 * @param repositoryIdentifier the domain-like name in every record's identifier, {@code oai:<it>:<book id>}
 * @param adminEmail           who answers for the repository (Identify must name someone)
 */
@ConfigurationProperties("shelfwise.oai")
record OaiSettings(String repositoryName, String repositoryIdentifier, String adminEmail, Integer pageSize) {

    OaiSettings {
        repositoryName = repositoryName == null || repositoryName.isBlank() ? "Shelfwise catalogue" : repositoryName;
        repositoryIdentifier = repositoryIdentifier == null || repositoryIdentifier.isBlank()
                ? "catalogue.shelfwise.org" : repositoryIdentifier;
        if (!repositoryIdentifier.matches("[a-zA-Z][a-zA-Z0-9-]*(\\.[a-zA-Z][a-zA-Z0-9-]*)+")) {
            throw new IllegalArgumentException("shelfwise.oai.repository-identifier must be a domain name, such as "
                    + "catalogue.library.org, not " + repositoryIdentifier);
        }
        adminEmail = adminEmail == null || adminEmail.isBlank() ? "library@localhost" : adminEmail;
        pageSize = pageSize == null || pageSize < 1 ? 100 : Math.min(pageSize, 1000);
    }
}
