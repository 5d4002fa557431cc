/**
 * People and party members: who was a member of which organization on any date, their
 * movements (transfers, death, removal, expulsion, leaving), and the member counts and
 * breakdowns of an organization's subtree on any date, by the structure of that date or by
 * today's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package vn.ptdv.membership;
