/**
 * Party awareness classes (lớp bồi dưỡng nhận thức về Đảng): who organized them, who attended,
 * who completed with which certificate, and whether a person holds a valid certificate on a date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package vn.ptdv.training;
