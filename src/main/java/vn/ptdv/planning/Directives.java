package vn.ptdv.planning;

/** Directives (plans, resolutions, guidance…) recorded by their number and symbol. */
public interface Directives {

    /** Records a directive as the signed-in user, with every check of the pages; returns its id. */
    long create(NewDirective directive);
}
