/** The web plumbing every module's pages and API rely on: the one page-POST helper, error handlers. */
@org.springframework.modulith.NamedInterface("web")
package vn.ptdv.shared.web;
