package org.heard.application.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.heard.domain.shared.InterviewRuleException;

/**
 * What a staff member's password must be: at least 12 characters; not on the
 * list of common and breached passwords bundled with zxcvbn (nor a simple
 * variation of one: l33t spelling, reversed, a year or digits added), nor on
 * the list of 100,000 breached passwords bundled with nbvcxz (checked on this
 * server, no network call); not
 * built from the person's user name or name; and not easy to guess by
 * zxcvbn's estimate (score 3 of 4 at least). Every refusal names its reason.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Longest password accepted; longer ones are refused before hashing. */
    public static final int MAX_LENGTH = 1024;

    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** nbvcxz's breached passwords, lower case; loaded once, on first use. */
    private static final class Breached {
        static final Set<String> PASSWORDS = ConfigurationBuilder.getDefaultDictionaries().stream()
                .filter(dictionary -> "passwords".equals(dictionary.getDictionaryName()))
                .flatMap(dictionary -> dictionary.getDictonary().keySet().stream())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());

        private Breached() {}
    }

    /**
     * Refuses a password that breaks the policy, with the message key of the first reason.
     *
     * @param personal the user name and display name, which the password must not be built on
     */
    public void check(String password, String confirmation, String... personal) {
        if (password == null || password.isEmpty()) {
            throw new InterviewRuleException("password.error.required", "chosen");
        }
        if (!password.equals(confirmation)) {
            throw new InterviewRuleException("password.error.mismatch", "confirmation");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InterviewRuleException("password.error.too-short", "chosen");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InterviewRuleException("password.error.too-long", "chosen");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        for (String part : personal) {
            if (part != null && part.strip().length() >= 4) {
                for (String word : part.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (word.length() >= 4 && lower.contains(word)) {
                        throw new InterviewRuleException("password.error.personal", "chosen");
                    }
                }
            }
        }
        Strength strength = zxcvbn.measure(password, personal == null ? List.of() : List.of(personal));
        boolean common = Breached.PASSWORDS.contains(lower)
                || strength.getSequence().stream().anyMatch(m -> isCommonPassword(m, password));
        if (common) {
            throw new InterviewRuleException("password.error.common", "chosen");
        }
        if (strength.getScore() < MIN_SCORE) {
            throw new InterviewRuleException("password.error.guessable", "chosen");
        }
    }

    /** A match in the list of common passwords that covers most of the password. */
    private static boolean isCommonPassword(Match match, String password) {
        return "passwords".equals(match.dictionaryName) && match.token.length() * 2 >= password.length();
    }
}
