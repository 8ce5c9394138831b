package se.esp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import se.esp.adapter.persistence.offering.CatalogueIndex;
import se.esp.application.port.in.offering.CatalogueQuery;
import se.esp.application.port.in.offering.CatalogueResult;
import se.esp.domain.offering.CatalogueEntry;

/**
 * A restarted server's catalogue index, without the database: the index of {@code offerings} entries is built once
 * in a directory and committed, then each measured pass opens a new index on that directory, reloads it
 * ({@link CatalogueIndex#load}) and answers a first search (which builds the presorted orders). This is the part of
 * a new server's time to its first answer that grows with the catalogue (the rest is one revision read and the rows
 * changed since the commit); {@link CatalogueSearchBenchmark} times the whole on MariaDB. Single-shot: each pass is
 * one cold reload, after warm-up passes have compiled the code. Target: the whole first answer within 5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class CatalogueReloadBenchmark {

    @Param("100000")
    int offerings;

    private Path directory;
    private CatalogueQuery first;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Double> cpuSeconds = new ArrayList<>();

    @Setup
    public void buildTheIndexOnce() throws IOException {
        directory = Files.createTempDirectory("esp-catalogue-reload");
        NationalCatalogue catalogue = new NationalCatalogue();
        List<CatalogueEntry> entries = catalogue.offerings(offerings);
        first = catalogue.searches().get(0);
        long started = System.nanoTime();
        try (CatalogueIndex index = CatalogueIndex.onDisk(directory)) {
            entries.forEach(index::put);
            index.commit(1);
        }
        System.out.printf("%nbuilt and committed the index of %,d offerings in %.1f s%n", offerings,
                (System.nanoTime() - started) / 1e9);
    }

    @Benchmark
    public CatalogueResult reloadAndAnswer() {
        long cpu = threads.getCurrentThreadCpuTime();
        try (CatalogueIndex index = CatalogueIndex.onDisk(directory)) {
            if (index.load() != 1) {
                throw new IllegalStateException("the committed index did not reload");
            }
            CatalogueResult result = index.search(first);
            if (result.hits().totalItems() != offerings) {
                throw new IllegalStateException("reloaded " + result.hits().totalItems() + " of " + offerings + " offerings");
            }
            return result;
        } finally {
            cpuSeconds.add((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }

    /**
     * The processor time of each pass (warm-up passes first), printed beside JMH's wall-clock figures: on a shared
     * machine the wall clock also counts the time other processes held the cores, the processor time does not.
     */
    @TearDown
    public void removeTheIndex() {
        System.out.printf("%nprocessor time of each pass (warm-up first), s: %s%n", cpuSeconds.stream()
                .map(s -> String.format(java.util.Locale.ROOT, "%.2f", s)).toList());
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
