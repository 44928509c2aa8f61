package org.influencegraph.query;

import java.util.List;
import java.util.Optional;

/**
 * One read query of the catalog, from one file of {@code cypher/queries/}: its name (the file name), the
 * header's title, description and parameters, the {@code :param} line for the Neo4j Browser, and the
 * Cypher itself.
 */
public record CannedQuery(
        String name,
        String title,
        String description,
        List<Parameter> parameters,
        String browserParams,
        String cypher) {

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
