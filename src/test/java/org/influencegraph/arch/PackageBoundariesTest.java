package org.influencegraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of the product code, written down and checked on the compiled classes. */
class PackageBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.influencegraph");
    }

    @Test
    void packages_have_no_cycles() {
        slices().matching("org.influencegraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** cli's serve command is wiring: it starts the HTTP API; no service may know about it. */
    @Test
    void nothing_outside_http_depends_on_http() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.influencegraph.http..")
                .and()
                .resideOutsideOfPackage("org.influencegraph.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.influencegraph.http..")
                .check(classes);
    }

    /** Records, values, sessions and the driver's exceptions stay in graph: callers read a {@code graph.Row}. */
    @Test
    void only_graph_talks_to_the_database() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.influencegraph.graph..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j.driver..", "org.neo4j.graphdb..")
                .check(classes);
    }
}
