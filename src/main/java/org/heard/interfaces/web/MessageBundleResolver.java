package org.heard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@link Messages} look every message up in Heard's message
 * bundle, so that backing beans name keys and never hold UI text.
 */
@ApplicationScoped
public class MessageBundleResolver {

    /** Base name of the message bundle, also declared as {@code msg} in {@code faces-config.xml}. */
    public static final String BUNDLE = "org.heard.interfaces.web.messages";

    void install(@Observes @Initialized(ApplicationScoped.class) Object startup) {
        Messages.setResolver((key, params) -> format(key, params));
    }

    /** The bundle's text for {@code key}, formatted with {@code params}. */
    public static String format(String key, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, Locale.UK).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No message for key " + key, e);
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(params);
    }
}
