package org.heard.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.quality.CodebookService;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Team;
import org.heard.infrastructure.security.PasswordHashing;

/**
 * The demo set-up, on only when {@code heard.demo=true} (the quick-start command
 * sets it): two organisations, a few teams each, one account per role in each,
 * the starting codebook of themes in each, and a platform administrator (an account of BH), with generated passwords printed once to the console when they are
 * created. Nothing happens if the organisations already exist.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int PASSWORD_LENGTH = 16;

    @Inject
    @ConfigProperty(name = "heard.demo", defaultValue = "false")
    private boolean enabled;

    /** Where the quick start listens, for the banner: loopback and port 8080 unless the launcher says otherwise. */
    @Inject
    @ConfigProperty(name = "heard.demo.url", defaultValue = "http://127.0.0.1:8080/")
    private String url;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SignInDirectory directory;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private CodebookService codebook;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    void seed() {
        if (!enabled || organisations.findByCode("BH").isPresent()) {
            return;
        }
        List<String> printed = new ArrayList<>();
        Organisation brightonAndHove = seedOrganisation(
                "BH",
                "Brighton & Hove City Council",
                "bh",
                List.of("Front Door for Families", "Child in Need North", "Child Protection East", "Children in Care"),
                printed);
        seedOrganisation(
                "ES",
                "East Sussex County Council",
                "es",
                List.of("Early Help Hastings", "Family Safeguarding Lewes", "Disabled Children's Team"),
                printed);
        // The installation's platform administrator: an account of the organisation that runs it.
        account(
                brightonAndHove,
                "platform-admin",
                "Demo Platform Administrator",
                EnumSet.of(Role.PLATFORM_ADMIN),
                null,
                printed);
        LOG.info("Demo organisations, teams and accounts created");
        StringBuilder banner = new StringBuilder("\n=== Heard demo accounts (shown once; store them now) ===\n");
        printed.forEach(line -> banner.append(line).append('\n'));
        banner.append("=== Sign in at ").append(url).append(" ===\n");
        System.out.println(banner);
    }

    private Organisation seedOrganisation(
            String code, String name, String prefix, List<String> teamNames, List<String> printed) {
        Organisation organisation = organisations.store(new Organisation(code, name, clock.instant()));
        teamNames.forEach(team -> directory.register(new Team(organisation, team, clock.instant())));
        codebook.giveStarterCodebook(organisation.getId());
        account(
                organisation,
                prefix + "-interviewer",
                "Demo Expert by Experience (" + code + ")",
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                printed);
        account(
                organisation,
                prefix + "-practitioner",
                "Demo Practitioner (" + code + ")",
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER,
                printed);
        account(
                organisation,
                prefix + "-supervisor",
                "Demo Supervisor (" + code + ")",
                EnumSet.of(Role.SUPERVISOR),
                null,
                printed);
        account(
                organisation,
                prefix + "-qa",
                "Demo QA Analyst (" + code + ")",
                EnumSet.of(Role.QA_ANALYST),
                null,
                printed);
        account(
                organisation,
                prefix + "-admin",
                "Demo Administrator (" + code + ")",
                EnumSet.of(Role.ADMIN),
                null,
                printed);
        return organisation;
    }

    private void account(
            Organisation organisation,
            String username,
            String displayName,
            Set<Role> roles,
            InterviewerKind kind,
            List<String> printed) {
        String password = generatePassword();
        directory.register(new StaffAccount(
                organisation, username, displayName, passwords.hash(password), roles, kind, clock.instant()));
        printed.add(String.format("  %-18s %-16s %s", username, password, roles));
    }

    private String generatePassword() {
        char[] chars = new char[PASSWORD_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = PASSWORD_ALPHABET[random.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(chars);
    }
}
