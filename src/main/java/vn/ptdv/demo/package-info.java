/**
 * The demo dataset ("Dữ liệu minh họa"): a fictional province with its organizations and an
 * account for every role, loaded on the first start of a demo installation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo dataset")
package vn.ptdv.demo;
