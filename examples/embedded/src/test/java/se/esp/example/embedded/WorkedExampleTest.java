package se.esp.example.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The example runs in the build, and what it prints is DOMAIN.md's worked example to the öre. */
class WorkedExampleTest {

    @Test
    void printsTheFiveStatementsOfTheWorkedExampleSummingToZero() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream console = System.out;
        System.setOut(out);
        try {
            WorkedExample.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        console.print(text);

        assertThat(text).contains("Olofström applies for 2: WAITLISTED")
                .contains("needs at least 3 participants and only 2 wait")
                .contains("Borlänge applies for 1: MATCHED")
                .contains("Delivery COMPLETED with 3 participants, led by Mina Studiehandledare");
        assertThat(nets(text)).containsExactly(
                Map.entry("eSP Nationell plattform (fiktiv demoägare)", "975.00"),
                Map.entry("Ronneby kommun", "14025.00"),
                Map.entry("Olofströms kommun", "-13000.00"),
                Map.entry("Borlänge kommun", "-6500.00"),
                Map.entry("Malmö stad", "4500.00"));
        assertThat(text).contains("Sum of the month: 0.00");
        assertThat(section(text, "Ronneby kommun")).as("Ronneby's three lines")
                .anyMatch(line -> line.contains("19500.00"))
                .anyMatch(line -> line.contains("-975.00"))
                .anyMatch(line -> line.contains("-4500.00") && line.contains("(Malmö stad)"));
    }

    /** Each organisation's net, by the heading of its statement, in the order printed. */
    private static Map<String, String> nets(String text) {
        Map<String, String> nets = new LinkedHashMap<>();
        String organisation = null;
        for (String line : text.split("\\R")) {
            if (line.matches("\\d{4}-\\d{2}  .+")) {
                organisation = line.substring(9);
            } else if (line.strip().startsWith("NET") && organisation != null) {
                nets.put(organisation, line.strip().split("\\s+")[1]);
            }
        }
        return nets;
    }

    private static List<String> section(String text, String organisation) {
        List<String> lines = Arrays.asList(text.split("\\R"));
        int start = lines.indexOf(lines.stream().filter(l -> l.endsWith("  " + organisation)).findFirst()
                .orElseThrow());
        return lines.subList(start + 1, lines.size()).stream().takeWhile(l -> !l.isBlank()).toList();
    }
}
