package org.heard.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every in-container test class shares: it runs inside Heard on Payara Micro (the
 * one in-container archive, {@link Deployments#heardWithTestData()}, which one server
 * serves for the whole run), and after each test nobody is calling any more. A class
 * arranges its own organisations and staff ({@link TestData}) and says who is calling
 * with {@link TestCallerContext#actAs}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerTest {

    @Deployment
    static WebArchive deployment() {
        return Deployments.heardWithTestData();
    }

    @AfterEach
    void nobodyCalling() {
        TestCallerContext.clear();
    }
}
