using Microsoft.CodeAnalysis.Testing;
using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class ConcurrencyTests
{
    private static DiagnosticResult Scheduling(int markup, string culprit, string step = "Fit", string path = "") =>
        Expect(DiagnosticDescriptors.OrderDependentConcurrency, markup, step, path, culprit);

    [Fact]
    public Task ParallelForWritingItsOwnIndex_IsNotReported() => VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static double[] Fit(double[] xs)
            {
                var results = new double[xs.Length];
                var count = 0;
                Parallel.For(0, xs.Length, i =>
                {
                    var scaled = Math.Sqrt(xs[i]) * 2;
                    results[i] = scaled + i.ToString().Length;
                    Interlocked.Increment(ref count);
                });
                Parallel.ForEach(xs, (x, state, index) => results[index] += x);
                return count == xs.Length ? results : [];
            }
        }
        """);

    [Theory]
    [InlineData("{|#0:Parallel.For(0, xs.Length, i => total += xs[i])|};", "For")]
    [InlineData("{|#0:Parallel.For(0, xs.Length, i => seen.Add(xs[i]))|};", "For")]
    [InlineData("{|#0:Parallel.For(1, xs.Length, i => results[i] = results[i - 1] + xs[i])|};", "For")]
    [InlineData("{|#0:Parallel.For(0, xs.Length, i => results[xs.Length - 1 - i] = xs[i])|};", "For")]
    [InlineData("{|#0:Parallel.For(0, xs.Length, i => results[Interlocked.Increment(ref next)] = xs[i])|};", "For")]
    [InlineData("{|#0:Parallel.For(0, xs.Length, Body)|};", "For")]
    [InlineData("{|#0:Parallel.For(0, xs.Length, () => 0.0, (i, s, local) => local + xs[i], local => total += local)|};", "For")]
    [InlineData("{|#0:Parallel.ForEach(xs, x => seen.Add(x))|};", "ForEach")]
    [InlineData("{|#0:Parallel.ForEachAsync(xs, async (x, ct) => { await Task.Yield(); seen.Add(x); })|}.Wait();", "ForEachAsync")]
    public Task ParallelLoopWritingSharedState_IsReported(string loop, string method) => VerifyAsync($$"""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static double Fit(double[] xs)
            {
                var results = new double[xs.Length];
                var seen = new List<double>();
                var total = 0.0;
                var next = -1;
                {{loop}}
                return total + results[0] + seen.Count + next;
            }

            static void Body(int i) { }
        }
        """,
        Scheduling(0, "Parallel." + method + " whose body writes outside its own index"));

    [Theory]
    [InlineData("{|#0:xs.AsParallel()|}.Select(x => x * 2).ToList()")]
    [InlineData("{|#0:xs.AsParallel()|}.Where(x => x > 0).ToArray().ToList()")]
    [InlineData("{|#0:ParallelEnumerable.Range(0, 10)|}.Select(i => (double)i).ToList()")]
    public Task UnorderedParallelQuery_IsReportedAtItsSource(string query)
    {
        var culprit = query.Contains("Range") ? "ParallelEnumerable.Range() without AsOrdered()" : "AsParallel() without AsOrdered()";
        return VerifyAsync($$"""
            using System.Collections.Generic;
            using System.Linq;
            using Weft;

            public static class Steps
            {
                [Step] public static List<double> Fit(double[] xs) => {{query}};
            }
            """,
            Scheduling(0, culprit));
    }

    [Fact]
    public Task OrderedOrOrderInsensitiveParallelQueries_AreNotReported() => VerifyAsync("""
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static double Fit(double[] xs, int[] ns)
            {
                var ordered = xs.AsParallel().AsOrdered().Select(x => x * 2).ToList();
                var count = xs.AsParallel().Where(x => x > 0).Count();
                var max = xs.AsParallel().Select(x => x * x).Max();
                var sum = ns.AsParallel().Sum();
                var sorted = xs.AsParallel().OrderBy(x => x).ToArray();
                return ordered[0] + count + max + sum + sorted[0];
            }
        }
        """);

    [Fact]
    public Task ForAllAndFloatingAggregates_AreReportedEvenWhenOrdered() => VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static double Fit(double[] xs)
            {
                var sink = new ConcurrentQueue<double>();
                {|#0:xs.AsParallel().AsOrdered().ForAll(x => sink.Enqueue(x))|};
                var sum = {|#1:xs.AsParallel().AsOrdered().Sum()|};
                var product = {|#2:xs.AsParallel().Aggregate((a, b) => a * b)|};
                return sum + product + sink.Count;
            }
        }
        """,
        Scheduling(0, "ParallelEnumerable.ForAll()"),
        Scheduling(1, "a parallel floating-point Sum()"),
        Scheduling(2, "a parallel Aggregate()"));

    [Fact]
    public Task WhenAnyAndWaitAny_AreReported() => VerifyAsync("""
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static async Task<int> Fit(int x)
            {
                var a = Task.Run(() => x + 1);
                var b = Task.Run(() => x + 2);
                var first = await {|#0:Task.WhenAny(a, b)|};
                var index = {|#1:Task.WaitAny(a, b)|};
                var both = await Task.WhenAll(a, b);
                return await first + index + both[0];
            }
        }
        """,
        Scheduling(0, "Task.WhenAny()"),
        Scheduling(1, "Task.WaitAny()"));

    [Fact]
    public Task EnumeratingConcurrentBagOrDictionary_IsReported() => VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static string Fit(int[] xs)
            {
                var bag = new ConcurrentBag<int>(xs);
                var counts = new ConcurrentDictionary<string, int>();
                var list = new List<int>();
                foreach (var x in {|#0:bag|})
                {
                    list.Add(x);
                }

                var keys = string.Join(",", {|#1:counts.Keys|});
                var pairs = {|#2:counts|}.ToArray();
                var firsts = {|#3:bag|}.Select(x => x + 1).ToList();
                var copy = new List<int>({|#4:bag|});
                return keys + pairs.Length + firsts.Count + copy.Count + list.Count;
            }
        }
        """,
        Scheduling(0, "the enumeration order of a ConcurrentBag"),
        Scheduling(1, "the enumeration order of a ConcurrentDictionary"),
        Scheduling(2, "the enumeration order of a ConcurrentDictionary"),
        Scheduling(3, "the enumeration order of a ConcurrentBag"),
        Scheduling(4, "the enumeration order of a ConcurrentBag"));

    [Fact]
    public Task OrderInsensitiveUsesOfConcurrentCollections_AreNotReported() => VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static string Fit(int[] xs)
            {
                var bag = new ConcurrentBag<int>(xs);
                var counts = new ConcurrentDictionary<string, int>();
                counts["a"] = bag.Count;
                var sorted = counts.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value);
                var total = bag.Sum() + bag.Where(x => x > 0).Count() + (bag.Any() ? bag.Max() : 0);
                var queue = new ConcurrentQueue<int>(xs);
                return string.Join(",", sorted) + total + counts.ContainsKey("b") + string.Join(",", queue);
            }
        }
        """);

    [Fact]
    public Task RaceInAHelper_IsReportedAtTheStepsCall() => VerifyAsync("""
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static int[] Fit(int[] xs) => {|#0:Rank(xs)|};

            static int[] Rank(int[] xs) => Scores.Of(xs).ToArray();
        }

        public static class Scores
        {
            public static int[] Of(int[] xs) => xs.AsParallel().Select(x => x * 3).ToArray();
        }
        """,
        Scheduling(0, "AsParallel() without AsOrdered()", path: "calls Rank(), which calls Scores.Of(), which "));

    [Fact]
    public Task RacesNoStepReaches_AreNotReported() => VerifyAsync("""
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static int Fit(int x) => x + 1;

            public static int[] Warmup(int[] xs)
            {
                var first = Task.WaitAny(Task.Delay(1), Task.Delay(2));
                return xs.AsParallel().Select(x => x + first).ToArray();
            }
        }
        """);
}
