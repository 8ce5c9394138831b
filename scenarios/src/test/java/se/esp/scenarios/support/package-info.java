/** The scenario world: the platform under test, its clock, who is acting, and the last outcome. */
package se.esp.scenarios.support;
