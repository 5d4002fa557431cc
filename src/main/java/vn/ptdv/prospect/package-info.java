/**
 * The candidate pool (nguồn kết nạp): outstanding non-members listed by an organization, who
 * introduced them, the official member who mentors them, their progress to the awareness class
 * and the application; and the periodic surveys of how many eligible people each organization has.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidate pool")
package vn.ptdv.prospect;
