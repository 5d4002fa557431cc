package vn.ptdv.planning;

/** Cadres assigned to supervise cells or attend their meetings. */
public interface Assignments {

    /** Assigns a member to a cell as the signed-in user, with every check of the pages; returns the assignment's id. */
    long assign(AssignCadre assignment);
}
