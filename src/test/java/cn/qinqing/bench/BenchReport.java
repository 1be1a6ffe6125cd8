package cn.qinqing.bench;

import cn.qinqing.shared.security.QinqingUser;
import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.security.RoleGrant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the scale benchmarks share: callers, timing to percentiles, and the report table they print and write. */
final class BenchReport {

    private final List<String> rows = new ArrayList<>();

    /** A STAFF caller of the federation with this id and path (the services read the security context). */
    static QinqingUser staffOf(long federationId, String path) {
        return new QinqingUser(-1, "bench", "基准测试", "", federationId, path, Set.of(RoleGrant.of(Role.STAFF)), false, true, null);
    }

    static <T> T as(QinqingUser user, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Calls {@code call} warm-up times (at most 20), then {@code runs} times, and reports p50, p95 and max. */
    void time(String what, QinqingUser who, int runs, IntFunction<Object> call) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            int n = i;
            as(who, () -> call.apply(n));
        }
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            int n = runs + i;
            long start = System.nanoTime();
            as(who, () -> call.apply(n));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        row(what, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)".formatted(millis[runs / 2],
                millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs));
    }

    void row(String what, String figure) {
        rows.add("| " + what + " | " + figure + " |");
        System.out.println(what + ": " + figure);
    }

    void write(Path file) throws IOException {
        var text = new StringBuilder("| what | figure |\n|---|---|\n");
        rows.forEach(line -> text.append(line).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
        System.out.println("\n" + text);
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
