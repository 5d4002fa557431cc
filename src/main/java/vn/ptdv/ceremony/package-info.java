/**
 * Collective admission ceremonies held on anniversaries: the anniversary calendar (national
 * anniversaries built in, local ones inherited by the organization's subtree), ceremonies planned
 * with the decided dossiers that can still make them, and holding one, which records the
 * admission-ceremony step of every dossier present through the admission module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ceremony")
package vn.ptdv.ceremony;
