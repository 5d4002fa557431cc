package vn.ptdv.training.internal;

import vn.ptdv.training.OpenClass;

/** A class corrected: its new details, and the version of the class as the user read it, if known. */
record UpdateClass(long classId, OpenClass details, Integer version) {
}
