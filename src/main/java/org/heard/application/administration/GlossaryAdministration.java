package org.heard.application.administration;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.interview.GlossaryService;
import org.heard.application.shared.Caller;
import org.heard.domain.model.glossary.GlossaryConflictException;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryRepository;
import org.heard.domain.model.glossary.GlossaryTerm;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;

/**
 * An organisation's administrators keep its glossary: they add terms of its own
 * and publish new versions of the definition (and variants) of any term it uses,
 * shared or its own. Nothing is ever changed in place: each edit is a new
 * version, so an interview's record of the definition opened keeps its meaning.
 * The definition in force for an organisation is its own newest version of a
 * term, else the newest shared one. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class GlossaryAdministration {

    private static final Logger LOG = Logger.getLogger(GlossaryAdministration.class.getName());

    @Inject
    private Administration administration;

    @Inject
    private GlossaryRepository glossary;

    @Inject
    private GlossaryService markers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Whose definition is in force for the organisation. */
    public enum Standing {
        /** A shared term with the shared definition. */
        SHARED,
        /** A shared term whose definition the organisation has rewritten. */
        OVERRIDDEN,
        /** The organisation's own term. */
        OWN
    }

    /** A term the organisation uses, with the definition in force for it. */
    public record Entry(GlossaryTerm term, GlossaryDefinition definition, Standing standing) {
        public GlossaryTerm getTerm() {
            return term;
        }

        public GlossaryDefinition getDefinition() {
            return definition;
        }

        public Standing getStanding() {
            return standing;
        }
    }

    /** Every term the administrator's organisation uses, shared and its own, by term. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> terms() {
        Caller admin = administration.admin();
        return glossary.currentDefinitions(admin.getOrganisationId()).stream()
                .map(GlossaryAdministration::entry)
                .toList();
    }

    /** One term the organisation uses, with the definition in force; not found for another organisation's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Entry term(long termId) {
        administration.admin();
        GlossaryTerm term = glossary.getTerm(termId);
        return entry(inForce(term));
    }

    /** Every version of a term's definition the organisation can see, the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GlossaryDefinition> versions(long termId) {
        administration.admin();
        glossary.getTerm(termId);
        return glossary.versions(termId);
    }

    /** Adds a term of the organisation's own with its first definition (version 1) and variants. */
    public Entry addTerm(String term, String definition, List<String> variants) {
        Caller admin = administration.admin();
        String clean = term == null ? "" : term.strip();
        if (clean.isEmpty()) {
            throw new InterviewRuleException("admin.glossary.error.term-required", "term");
        }
        if (clean.length() > GlossaryTerm.TERM_MAX) {
            throw new InterviewRuleException("admin.glossary.error.term-too-long", "term");
        }
        List<GlossaryDefinition> current = glossary.currentDefinitions(admin.getOrganisationId());
        String normal = normal(clean);
        if (current.stream().anyMatch(d -> normal(d.getTerm().getTerm()).equals(normal))) {
            throw new InterviewRuleException("admin.glossary.error.term-taken", "term");
        }
        if (current.stream().flatMap(d -> d.getVariants().stream()).anyMatch(v -> normal(v)
                .equals(normal))) {
            throw new InterviewRuleException("admin.glossary.error.term-is-variant", "term");
        }
        String text = checkedText(definition);
        List<String> forms = checkedVariants(clean, variants, current, null);

        GlossaryTerm added;
        GlossaryDefinition first;
        try {
            added = glossary.store(new GlossaryTerm(admin.getOrganisationId(), clean));
            first = glossary.store(new GlossaryDefinition(
                    added, admin.getOrganisationId(), 1, text, forms, admin.getStaffId(), clock.instant()));
        } catch (GlossaryConflictException sameMoment) {
            throw new InterviewRuleException("admin.glossary.error.term-taken", "term");
        }
        audit.record(AdministrationEvents.glossaryTermAdded(admin, added, first));
        refreshAfterCommit(admin.getOrganisationId());
        LOG.info(() -> "Glossary term #" + added.getId() + " added by staff #" + admin.getStaffId());
        return new Entry(added, first, Standing.OWN);
    }

    /**
     * Publishes a new version of a term's definition and variants for the organisation. {@code shownVersion} is
     * the version in force that the page showed: if another version was published since, nothing is published.
     */
    public Entry publish(long termId, int shownVersion, String definition, List<String> variants) {
        Caller admin = administration.admin();
        GlossaryTerm term = glossary.getTerm(termId);
        List<GlossaryDefinition> current = glossary.currentDefinitions(admin.getOrganisationId());
        String text = checkedText(definition);
        List<String> forms = checkedVariants(term.getTerm(), variants, current, term.getId());
        GlossaryDefinition before = inForce(term);
        if (before.getVersion() != shownVersion) {
            throw new InterviewRuleException("admin.glossary.error.stale");
        }
        if (before.getText().equals(text) && new HashSet<>(before.getVariants()).equals(new HashSet<>(forms))) {
            throw new InterviewRuleException("admin.glossary.error.unchanged");
        }
        int next = glossary.versions(termId).stream()
                        .mapToInt(GlossaryDefinition::getVersion)
                        .max()
                        .orElse(0)
                + 1;
        GlossaryDefinition after;
        try {
            after = glossary.store(new GlossaryDefinition(
                    term, admin.getOrganisationId(), next, text, forms, admin.getStaffId(), clock.instant()));
        } catch (GlossaryConflictException sameMoment) {
            throw new InterviewRuleException("admin.glossary.error.stale");
        }
        audit.record(AdministrationEvents.glossaryDefinitionPublished(admin, before, after));
        refreshAfterCommit(admin.getOrganisationId());
        LOG.info(() -> "Glossary definition #" + after.getId() + " (term #" + termId + ", version " + next
                + ") published by staff #" + admin.getStaffId());
        return entry(after);
    }

    private GlossaryDefinition inForce(GlossaryTerm term) {
        List<GlossaryDefinition> versions = glossary.versions(term.getId());
        Optional<GlossaryDefinition> own =
                versions.stream().filter(d -> !d.isShared()).findFirst();
        return own.or(() -> versions.stream().findFirst()).orElseThrow(NotFoundException::new);
    }

    private static Entry entry(GlossaryDefinition definition) {
        GlossaryTerm term = definition.getTerm();
        Standing standing =
                !term.isShared() ? Standing.OWN : definition.isShared() ? Standing.SHARED : Standing.OVERRIDDEN;
        return new Entry(term, definition, standing);
    }

    private static String checkedText(String definition) {
        String text = definition == null ? "" : definition.strip();
        if (text.isEmpty()) {
            throw new InterviewRuleException("admin.glossary.error.definition-required", "definition");
        }
        if (text.length() > GlossaryDefinition.TEXT_MAX) {
            throw new InterviewRuleException("admin.glossary.error.definition-too-long", "definition");
        }
        return text;
    }

    /**
     * The variants as typed, stripped, blank ones left out; each checked against the term, each other and every
     * other term the organisation uses ({@code editedTermId}: the term whose own forms may be repeated).
     */
    private static List<String> checkedVariants(
            String term, List<String> variants, List<GlossaryDefinition> current, Long editedTermId) {
        List<String> forms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> others = new HashSet<>();
        for (GlossaryDefinition d : current) {
            if (!d.getTerm().getId().equals(editedTermId)) {
                others.add(normal(d.getTerm().getTerm()));
                d.getVariants().forEach(v -> others.add(normal(v)));
            }
        }
        for (String variant : variants == null ? List.<String>of() : variants) {
            String clean = variant == null ? "" : variant.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > GlossaryDefinition.VARIANT_MAX) {
                throw new InterviewRuleException("admin.glossary.error.variant-too-long", "variants");
            }
            if (clean.contains(GlossaryDefinition.VARIANT_SEPARATOR)) {
                throw new InterviewRuleException("admin.glossary.error.variant-separator", "variants");
            }
            String normal = normal(clean);
            if (normal.equals(normal(term))) {
                throw new InterviewRuleException("admin.glossary.error.variant-is-term", "variants");
            }
            if (!seen.add(normal)) {
                throw new InterviewRuleException("admin.glossary.error.variant-duplicate", "variants");
            }
            if (others.contains(normal)) {
                throw new InterviewRuleException("admin.glossary.error.variant-taken", "variants");
            }
            forms.add(clean);
        }
        if (joined(forms).length() > GlossaryDefinition.VARIANTS_MAX) {
            throw new InterviewRuleException("admin.glossary.error.variants-too-long", "variants");
        }
        return forms;
    }

    /** How the marker compares forms: case, runs of white space and the kind of apostrophe do not matter. */
    private static String normal(String form) {
        return form.strip().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String joined(List<String> variants) {
        return String.join(GlossaryDefinition.VARIANT_SEPARATOR, variants);
    }

    /** Interviews see the change once it is committed: the organisation's marker is rebuilt on next use. */
    private void refreshAfterCommit(long organisationId) {
        markers.refresh(organisationId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    markers.refresh(organisationId);
                }
            }
        });
    }
}
