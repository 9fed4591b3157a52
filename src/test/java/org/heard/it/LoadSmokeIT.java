package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.heard.benchmark.ArrivalCheck;
import org.heard.benchmark.DataGenerator;
import org.heard.benchmark.LoadDriver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark's smoke run, part of every build: about a thousand generated interviews,
 * then five virtual interviewers doing complete interviews through the pages and the
 * autosave API. It fails on any error and on any answer or submission that did not
 * arrive; it never looks at timings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoadSmokeIT {

    private static final int GENERATED = 1_000;
    private static final int INTERVIEWS = 10;

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @Test
    @DisplayName("Five virtual interviewers on a thousand interviews: no error, every autosave and submission arrives")
    void smokeRun() throws Exception {
        String prefix = TestData.randomLetters(2);
        DataGenerator.Result data = new DataGenerator(new DataGenerator.Settings(
                        System.getProperty("heard.test.admin.url"),
                        System.getProperty("heard.test.admin.user"),
                        System.getProperty("heard.test.admin.password", ""),
                        2,
                        3,
                        3,
                        GENERATED,
                        prefix,
                        "Pw-" + TestData.randomLetters(16),
                        1024,
                        Base64.getDecoder().decode(TestDatabase.TEST_AUDIT_KEY),
                        2,
                        11))
                .generate();
        try (Connection db = TestData.admin()) {
            assertEquals(
                    GENERATED,
                    count(
                            db,
                            "SELECT COUNT(*) FROM interview i JOIN organisation o"
                                    + " ON o.id = i.organisation_id WHERE o.code LIKE ?",
                            prefix + "%"));
            assertTrue(
                    count(
                                    db,
                                    "SELECT COUNT(*) FROM answer a JOIN interview i ON i.id = a.interview_id"
                                            + " JOIN organisation o ON o.id = i.organisation_id WHERE o.code LIKE ?",
                                    prefix + "%")
                            > GENERATED * 5L,
                    "answers were generated");
        }
        List<String> interviewers = data.organisations().stream()
                .flatMap(o -> o.interviewers().stream())
                .limit(5)
                .toList();
        URL base = Deployments.loopback(deployed);
        LoadDriver.Result run = new LoadDriver(new LoadDriver.Settings(
                        URI.create(base.toString()),
                        data.staffPassword(),
                        interviewers,
                        List.of(),
                        List.of(),
                        INTERVIEWS,
                        Duration.ofSeconds(150),
                        Duration.ofMillis(150),
                        2,
                        Duration.ofMillis(50),
                        Duration.ofMillis(500),
                        "/qa/index.xhtml",
                        null,
                        false,
                        5))
                .run();
        System.out.print(run.table());
        assertEquals(0, run.errors(), () -> "errors: " + run.errorSamples());
        assertEquals(INTERVIEWS, run.completedInterviews(), run::table);
        assertEquals(INTERVIEWS, run.submitted().size());
        assertTrue(run.autosaves() >= INTERVIEWS * 7L * 2, () -> "autosaves: " + run.autosaves());
        try (Connection db = TestData.admin()) {
            ArrivalCheck.Outcome arrived = ArrivalCheck.check(db, run);
            System.out.println(arrived.summary().toLowerCase(Locale.ROOT));
            assertTrue(arrived.nothingLost(), () -> "lost: " + arrived.lost());
            assertEquals(INTERVIEWS * 7, arrived.answersExpected(), arrived::summary);
            assertEquals(INTERVIEWS, arrived.submittedArrived(), arrived::summary);
        }
    }

    private static long count(Connection db, String query, Object parameter) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
