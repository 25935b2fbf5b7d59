package io.github.schoolsafeguarding.policy.incremental;

import io.github.schoolsafeguarding.policy.check.Problem;
import io.github.schoolsafeguarding.policy.check.Problems;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one build worked out, kept for the next build of the same publisher to reuse, so that
 * {@code serve} redoes only what a change touched. Each step is a pure function of its key: the key
 * holds everything the step reads (a page's text, the shared files' fingerprint, a template's data),
 * so a result is reused only for exactly the same input, and correctness never rests on guessing
 * what a change affects. A step's problems are kept with its result and reported again on reuse.
 *
 * <p>Results not used by the last build are dropped at its end, so memory holds one build's worth.
 * {@link #NONE} keeps nothing: the plain {@code mvn site} build works everything out afresh.
 */
public final class Memo {

    /** Works everything out every time. */
    public static final Memo NONE = new Memo(false);

    private final boolean keeps;
    private final Map<Key, Result> results = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
    private int build;

    private Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memo that keeps each build's results for the next. */
    public static Memo kept() {
        return new Memo(true);
    }

    /**
     * The result of {@code step} for {@code key}: the last build's if it worked it out for an equal
     * key, with its problems added to {@code problems} again; otherwise {@code work}'s, kept.
     */
    public <V> V reuse(String step, Object key, Function<Problems, V> work, Problems problems) {
        if (!keeps) {
            return work.apply(problems);
        }
        Key full = new Key(step, key);
        Result kept = results.get(full);
        if (kept == null) {
            Problems found = new Problems();
            kept = new Result(work.apply(found), found.all());
            made.computeIfAbsent(step, name -> new AtomicInteger()).incrementAndGet();
            results.put(full, kept);
        }
        kept.build = build;
        problems.addAll(kept.problems);
        @SuppressWarnings("unchecked")
        V value = (V) kept.value;
        return value;
    }

    /**
     * Works a step out afresh, counted in {@link #made} like one not found: for a step that cannot be
     * kept, since it records things as it goes that a reuse would not record again.
     */
    public <V> V redo(String step, Function<Problems, V> work, Problems problems) {
        if (keeps) {
            made.computeIfAbsent(step, name -> new AtomicInteger()).incrementAndGet();
        }
        return work.apply(problems);
    }

    /** As {@link #reuse(String, Object, Function, Problems)}, for a step that finds no problems. */
    public <V> V reuse(String step, Object key, Supplier<V> work) {
        return reuse(step, key, found -> work.get(), new Problems());
    }

    /** As {@link #reuse(String, Object, Function, Problems)}, for a check: its problems are its result. */
    public void check(String step, Object key, Consumer<Problems> check, Problems problems) {
        reuse(step, key, found -> {
            check.accept(found);
            return Boolean.TRUE;
        }, problems);
    }

    /** Starts a build: from here {@link #made} counts its steps worked out afresh. */
    public synchronized void startBuild() {
        build++;
        made.clear();
    }

    /** Ends a build, dropping what it did not use: the next build is more like it than any before. */
    public synchronized void endBuild() {
        results.values().removeIf(result -> result.build != build);
    }

    /** How many times this build worked {@code step} out afresh rather than reusing the last build's. */
    public int made(String step) {
        AtomicInteger count = made.get(step);
        return count == null ? 0 : count.get();
    }

    /**
     * A key part whose hash is worked out once, for a large value (every area, every source) that
     * is part of the key of each of many results.
     */
    public static Object hashedOnce(Object value) {
        return new HashedOnce(value, value.hashCode());
    }

    /**
     * {@code value}, or the equal value the last build gave for the same step: a large key part
     * (every area, every law) compared with the last build's once, rather than in the key of each of
     * many results.
     */
    public Object canonical(String step, Object value) {
        Object key = hashedOnce(value);
        return reuse(step, key, () -> key);
    }

    /**
     * A key part equal only to itself: for a result worked out from an object that is never
     * changed once made, and that the last build handed on as it was (a page's published bytes,
     * reused with the page), where comparing its content would cost as much as the work.
     */
    public static Object sameObject(Object value) {
        return new SameObject(value);
    }

    private record Key(String step, Object key) {}

    private record HashedOnce(Object value, int hash) {
        @Override
        public boolean equals(Object other) {
            return this == other
                    || other instanceof HashedOnce that && hash == that.hash && value.equals(that.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private record SameObject(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SameObject that && value == that.value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private static final class Result {
        final Object value;
        final List<Problem> problems;
        volatile int build;

        Result(Object value, List<Problem> problems) {
            this.value = value;
            this.problems = problems;
        }
    }
}
