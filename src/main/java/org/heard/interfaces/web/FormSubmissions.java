package org.heard.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * Makes a creating action idempotent per form submission. A submission is named by the view state it posts and the
 * form it came from: the same page posted twice (a double click, a resent request, a replay) runs the action once,
 * and every repeat is sent where the first went, so one form never creates two teams, accounts or interviews. The
 * outcome is always a redirect (post-redirect-get), so no page is rendered after the change is committed.
 *
 * <p>The session keeps the last {@value #KEPT} outcomes: view-state ids and addresses of Heard's own pages, no
 * personal data.
 */
@RequestScoped
public class FormSubmissions {

    static final int KEPT = 50;
    private static final String ATTRIBUTE = FormSubmissions.class.getName();
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Inject
    private HttpServletRequest request;

    /**
     * Runs {@code action} unless this submission of {@code form} already ran it, then redirects to the address the
     * action returned (the first time) or returned before (on a repeat). An action that returns empty (refused, with
     * its messages added) records nothing and does not redirect, so the corrected form can be sent again.
     *
     * @param action creates and returns the address of the page that shows the result, relative to Heard's root
     */
    public void once(String form, Supplier<Optional<String>> action) throws IOException {
        String viewState = request.getParameter(VIEW_STATE);
        if (viewState == null) {
            Optional<String> target = action.get();
            if (target.isPresent()) {
                Faces.redirect(target.get());
            }
            return;
        }
        Outcomes outcomes = outcomes(request.getSession());
        String key = form + "|" + viewState;
        String target;
        synchronized (outcomes) {
            target = outcomes.get(key);
            if (target == null) {
                Optional<String> created = action.get();
                if (created.isEmpty()) {
                    return;
                }
                target = created.get();
                outcomes.put(key, target);
            }
        }
        Faces.redirect(target);
    }

    private static Outcomes outcomes(HttpSession session) {
        synchronized (FormSubmissions.class) {
            Object held = session.getAttribute(ATTRIBUTE);
            if (held instanceof Outcomes outcomes) {
                return outcomes;
            }
            Outcomes outcomes = new Outcomes();
            session.setAttribute(ATTRIBUTE, outcomes);
            return outcomes;
        }
    }

    /** The addresses that the latest submissions went to, by submission; the eldest go first. */
    static final class Outcomes extends LinkedHashMap<String, String> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    }
}
