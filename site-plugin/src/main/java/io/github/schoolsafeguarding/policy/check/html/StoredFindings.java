package io.github.schoolsafeguarding.policy.check.html;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.StoredProblems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's findings as the build cache keeps them: each as its problem ({@link StoredProblems}) and
 * where on the published page it is. The page is not stored: a finding holds its whole page, which
 * is what the findings are looked up by.
 */
final class StoredFindings {

    private StoredFindings() {}

    /** The findings of one page. */
    static byte[] write(List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(findings.size());
            for (Finding finding : findings) {
                StoredProblems.write(out, new Problem(finding.rule(), finding.severity(), finding.location(),
                        finding.message(), finding.fix()));
                out.writeInt(finding.line());
                out.writeInt(finding.column());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The findings {@link #write} stored for {@code page}.
     *
     * @throws IOException when the bytes are not findings as this class writes them
     */
    static List<Finding> read(byte[] stored, HtmlPage page) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
        int count = StoredProblems.count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Problem problem = StoredProblems.read(in);
            findings.add(new Finding(problem.id(), problem.severity(), problem.location(), problem.message(),
                    problem.fix(), page, in.readInt(), in.readInt()));
        }
        if (in.read() != -1) {
            throw new IOException("more bytes than findings");
        }
        return findings;
    }
}
