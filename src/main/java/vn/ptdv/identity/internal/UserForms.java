package vn.ptdv.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;

/**
 * What the account pages and the API receive, as typed, and how each is read into its command at
 * the edge. Passwords are taken exactly as typed (never trimmed) and never shown back.
 */
final class UserForms {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MAX_NAME = 255;
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 64;
    /** BCrypt reads no further than 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private UserForms() {
    }

    /** An account to create on the page: the password typed twice. */
    record CreateForm(String username, String fullName, String role, String organizationCode, String password,
            String confirmation) {

        /** An empty form, homed where the manager is. */
        static CreateForm blank(String organizationCode) {
            return new CreateForm(null, null, null, organizationCode, null, null);
        }

        NewAccount parse() {
            Problems problems = new Problems("user");
            NewAccount account = account(problems, username, password, fullName, role, organizationCode);
            confirmed(problems, password, confirmation);
            problems.throwIfAny();
            return account;
        }
    }

    /** An account to create, as sent to the API. */
    record CreateRequest(String username, String password, String fullName, String role, String organizationCode) {

        NewAccount parse() {
            Problems problems = new Problems("user");
            NewAccount account = account(problems, username, password, fullName, role, organizationCode);
            problems.throwIfAny();
            return account;
        }
    }

    /**
     * A change of an account: on the page every field of the form (an unchecked box is absent), in
     * the API only the fields to change.
     */
    record ChangeForm(String fullName, String role, String organizationCode, Boolean enabled, Integer version) {

        static ChangeForm of(UserRow account) {
            return new ChangeForm(account.fullName(), account.role().name(), account.organizationCode(),
                    account.enabled(), account.version());
        }

        /** The fields sent, each as it is typed; those absent stay as they are. */
        ChangeAccount parse(String username) {
            Problems problems = new Problems("user");
            String name = fullName == null ? null : name(problems, fullName);
            Role kind = role == null ? null : problems.oneOf("role", role, Role.class, true);
            String organization = organizationCode == null ? null : orEmpty(Problems.optional(organizationCode));
            problems.throwIfAny();
            return new ChangeAccount(username, name, kind, organization, enabled, version);
        }

        /** The whole form of the page: an empty organization is none, an unchecked box is "no". */
        ChangeAccount parseWhole(String username) {
            return new ChangeForm(orEmpty(fullName), role, orEmpty(organizationCode), Boolean.TRUE.equals(enabled),
                    version).parse(username);
        }

        private static String orEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** A new password typed twice; for a user's own password, the current one too. */
    record PasswordForm(String currentPassword, String password, String confirmation) {

        static PasswordForm blank() {
            return new PasswordForm(null, null, null);
        }

        ResetPassword parseReset(String username) {
            Problems problems = new Problems("user");
            String chosen = newPassword(problems);
            problems.throwIfAny();
            return new ResetPassword(username, chosen);
        }

        ChangeOwnPassword parseChange() {
            Problems problems = new Problems("user");
            String current = currentPassword == null || currentPassword.isEmpty() ? null : currentPassword;
            if (current == null) {
                problems.malformed("currentPassword", "validation.required");
            }
            String chosen = newPassword(problems);
            problems.throwIfAny();
            return new ChangeOwnPassword(current, chosen);
        }

        private String newPassword(Problems problems) {
            String chosen = UserForms.password(problems, "password", password);
            confirmed(problems, password, confirmation);
            return chosen;
        }
    }

    private static NewAccount account(Problems problems, String username, String password, String fullName,
            String role, String organizationCode) {
        String name = problems.required("username", username);
        if (name != null && !USERNAME.matcher(name).matches()) {
            problems.malformed("username", "user.username.pattern", name);
        }
        String full = name(problems, fullName);
        String chosen = password(problems, "password", password);
        Role kind = problems.oneOf("role", role, Role.class, true);
        String organization = Problems.optional(organizationCode);
        if (organization == null && kind != null && kind != Role.ADMIN) {
            problems.malformed("organizationCode", "validation.required");
        }
        return new NewAccount(name, chosen, full, kind, organization);
    }

    private static String name(Problems problems, String fullName) {
        return problems.name("fullName", fullName, MAX_NAME);
    }

    /**
     * A password of {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD} characters (at most 72 bytes), as typed,
     * that is not one of the common or leaked passwords. Applies to new and changed passwords: accounts
     * created before the rule (the demo's, say) keep theirs until they change it.
     */
    static String password(Problems problems, String field, String password) {
        if (password == null || password.isEmpty()) {
            problems.malformed(field, "validation.required");
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.malformed(field, "user.password.length", MIN_PASSWORD, MAX_PASSWORD);
        } else if (CommonPasswords.contains(password)) {
            problems.malformed(field, "user.password.common");
        }
        return password;
    }

    private static void confirmed(Problems problems, String password, String confirmation) {
        if (password != null && !password.equals(confirmation)) {
            problems.malformed("confirmation", "user.password.mismatch");
        }
    }
}
