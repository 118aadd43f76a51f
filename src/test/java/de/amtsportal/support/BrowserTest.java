package de.amtsportal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application over HTTP on a random port, with its own database and mail server, driven by real
 * Chromium: test methods declare {@link Browser} parameters (add {@link WithoutJavaScript} for one with
 * JavaScript off). Every page a browser reaches is checked with axe-core.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestEnvironment.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
