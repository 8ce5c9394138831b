/** Scaling projects: local projects preparing national scale-up, whose owner pays a share of the budget as a fee. */
package se.esp.domain.project;
