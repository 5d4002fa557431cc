/** Web plumbing every module's pages and API rely on: the page-POST helper, error pages and problem details. */
@org.springframework.modulith.NamedInterface("web")
package vn.ptdv.shared.web;
