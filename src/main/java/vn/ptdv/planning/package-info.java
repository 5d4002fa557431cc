/**
 * Planning the work: terms of office, directives (plans, resolutions…) with their number and
 * symbol, admission targets for a term and its years allocated down the tree, and the cadres
 * assigned to supervise cells.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package vn.ptdv.planning;
