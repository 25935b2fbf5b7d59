import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import io.github.schoolsafeguarding.policy.decision.DecisionTable;
import io.github.schoolsafeguarding.policy.decision.DecisionTableReader;
import io.github.schoolsafeguarding.policy.decision.HitPolicy;
import io.github.schoolsafeguarding.policy.decision.verify.DecisionTableVerifier;
import io.github.schoolsafeguarding.policy.decision.verify.Verification;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies the messy generated table (site-plugin's test fixture LargeTables.messy: a first draft of
 * 30 inputs and 300 rules, overlapping everywhere) under one hit policy, in this process, and prints
 * one line: the policy, the size, the CPU time of reading and verifying, and the findings by rule
 * id. With {@code pigeonholes HOLES} instead of a size it verifies the pigeonhole table (gap-free,
 * and the hardest kind to prove so), which from 10 holes is refused with decision.too-complex.
 * Run it once per hit policy, under GNU time for the peak memory, with the plugin's classes, test
 * classes and dependencies:
 *
 * <pre>
 * (cd site-plugin &amp;&amp; mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test)
 * /usr/bin/time -v java -Xmx1g -cp site-plugin/target/classes:site-plugin/target/test-classes:$(cat site-plugin/target/bench.cp) \
 *     src/bench/MessyTable.java POLICY [INPUTS] [RULES] [SEED]
 * /usr/bin/time -v java -Xmx1g -cp ... src/bench/MessyTable.java POLICY pigeonholes HOLES
 * </pre>
 *
 * POLICY is unique, first, any or collect; INPUTS 30, RULES 300 and SEED 17 by default. Exits
 * non-zero if the table can be neither verified nor refused.
 */
public class MessyTable {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java src/bench/MessyTable.java POLICY [INPUTS] [RULES] [SEED] | POLICY pigeonholes HOLES");
            System.exit(2);
        }
        HitPolicy policy = HitPolicy.fromYamlName(args[0]).orElseThrow(() -> new IllegalArgumentException("no hit policy " + args[0]));
        boolean pigeonholes = args.length > 1 && args[1].equals("pigeonholes");
        int inputs = pigeonholes ? 0 : args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rules = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 17;
        String id = pigeonholes ? "pigeons" : "messy";
        Path folder = Files.createTempDirectory("messy-table");
        Path file = Files.writeString(folder.resolve(id + ".yaml"), pigeonholes
                ? io.github.schoolsafeguarding.policy.decision.verify.LargeTables.pigeonholes(id, policy, rules)
                : io.github.schoolsafeguarding.policy.decision.verify.LargeTables.messy(id, policy, inputs, rules, seed));
        long start = cpuNanos();
        Problems problems = new Problems();
        DecisionTable table = DecisionTableReader.read(file, problems).orElseThrow(() -> new IllegalStateException(problems.all().toString()));
        Verification verification = DecisionTableVerifier.verify(table);
        double seconds = (cpuNanos() - start) / 1e9;
        Map<String, Integer> byRule = new TreeMap<>();
        verification.findings().forEach(finding -> byRule.merge(finding.id(), 1, Integer::sum));
        System.out.printf("%s %s, %d inputs x %d rules: %.2f s CPU, findings %s%n", policy.yamlName(),
                pigeonholes ? rules + " pigeonholes" : "messy (seed " + seed + ")", table.inputs().size(), table.rules().size(),
                seconds, byRule);
        verification.findings().stream().filter(finding -> finding.message().endsWith("more are not")
                || finding.id().equals("decision.too-complex")).forEach(finding -> System.out.println("  " + finding.format(folder)));
        Files.delete(file);
        Files.delete(folder);
    }

    /** CPU time of this process (every thread, the JIT's too), since wall time on a shared machine is noise. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
