package se.esp.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import se.esp.domain.matching.MatchingEngine;
import se.esp.domain.matching.MatchingInput;
import se.esp.domain.matching.MatchingResult;

/**
 * How good the engine's decisions are: the same generated instances ({@link NationalDemand}: languages skewed as
 * demand is, 1–2 competences per resource, weekday slots, caps of 4–16 hours; one resource per ten applications)
 * decided by {@link MatchingEngine} and by Timefold Solver 1.32.0 with the same hard rules ({@link SolverModel}),
 * side by side in one run. Prints each one's fill rate (participants placed) and time, and the ratios against the
 * target: the engine's fill rate at least 98 % of the solver's, in at most 1 % of its time.
 *
 * <p>A plain runner, not JMH: the solver runs for its time limit, once. Options as {@code key=value}:
 * {@code applications=200,2000 seconds=60 seed=2027}.</p>
 */
public final class MatchingQualityBenchmark {

    private MatchingQualityBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("applications", "200,2000", "seconds", "60",
                "seed", "2027"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        long seconds = Long.parseLong(options.get("seconds"));
        long seed = Long.parseLong(options.get("seed"));
        List<String> lines = new ArrayList<>();
        for (String size : options.get("applications").split(",")) {
            int applications = Integer.parseInt(size.trim());
            MatchingInput input = NationalDemand.build(seed, applications, Math.max(1, applications / 10), 8);
            lines.add(compare(input, seconds));
        }
        System.out.println();
        System.out.println("Matching quality: eSP's engine against Timefold Solver 1.32.0 (" + seconds
                + " s each), the same instances and hard rules");
        lines.forEach(System.out::println);
    }

    private static String compare(MatchingInput input, long seconds) {
        int participants = input.applications().stream().mapToInt(a -> a.participants()).sum();
        // The engine: warmed up, then the median of nine passes.
        for (int i = 0; i < 20; i++) {
            MatchingEngine.match(input);
        }
        long[] nanos = new long[9];
        MatchingResult result = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            result = MatchingEngine.match(input);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double engineSeconds = nanos[nanos.length / 2] / 1e9;

        SolverModel.Plan problem = SolverModel.of(input);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(SolverModel.Plan.class)
                .withEntityClasses(SolverModel.Request.class)
                .withConstraintProviderClass(SolverModel.Rules.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        Solver<SolverModel.Plan> solver = SolverFactory.<SolverModel.Plan>create(config).buildSolver();
        long start = System.nanoTime();
        SolverModel.Plan solved = solver.solve(problem);
        double solverSeconds = (System.nanoTime() - start) / 1e9;
        boolean feasible = solved.score().hardScore() == 0;
        long solverPlaced = feasible ? solved.placed() : 0;

        double engineFill = (double) result.placedParticipants() / participants;
        double solverFill = (double) solverPlaced / participants;
        return String.format(java.util.Locale.ROOT, "%n%d applications (%d participants), %d resources, %d offerings;"
                        + " the solver chose among %d possible deliveries%n"
                        + "  eSP engine : fill %.1f %% (%d placed), %.2f ms a pass (median of 9)%n"
                        + "  Timefold   : fill %.1f %% (%d placed), %.1f s, score %s%s%n"
                        + "  ratios     : fill %.3f of the solver's (target >= 0.98), time %.6f of the solver's"
                        + " (target <= 0.01)",
                input.applications().size(), participants, input.resources().size(), input.requirements().size(),
                problem.slots.size(), 100 * engineFill, result.placedParticipants(), engineSeconds * 1000,
                100 * solverFill, solverPlaced, solverSeconds, solved.score(),
                feasible ? "" : " (INFEASIBLE: hard rules broken, counted as 0 placed)",
                solverFill == 0 ? Double.NaN : engineFill / solverFill, engineSeconds / solverSeconds);
    }
}
