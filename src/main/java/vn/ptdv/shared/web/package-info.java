/**
 * The web plumbing every module's pages and API rely on: the one shape of a page's POST
 * ({@link vn.ptdv.shared.web.FormSubmission}), error answers, settings of the web layer.
 */
@org.springframework.modulith.NamedInterface("web")
package vn.ptdv.shared.web;
