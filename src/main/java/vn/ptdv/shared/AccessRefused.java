package vn.ptdv.shared;

/**
 * Published when a page or an API call is answered 404 or 403 because of a scope or role check
 * ({@link NotFoundException}, {@link ForbiddenException}): the audit module writes it down, so that
 * an auditor sees who tried to reach what beyond their scope. The path is the request's path
 * without its query (ids and codes, no names); the reason is the message key of the refusal.
 */
public record AccessRefused(int status, String method, String path, String reason) {
}
