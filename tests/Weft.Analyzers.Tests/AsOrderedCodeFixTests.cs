using Weft.Analyzers.CodeFixes;
using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class AsOrderedCodeFixTests
{
    [Fact]
    public Task UnorderedQueries_GainAsOrdered_WhileOtherRacesStay() => CodeFixRun.VerifyAsync<AsOrderedCodeFixProvider>("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static async Task<List<double>> Fit(double[] xs)
            {
                var doubled = {|#0:xs.AsParallel()|}
                    .Select(x => x * 2)
                    .ToList();
                var range = {|#1:ParallelEnumerable.Range(0, 4)|}.Select(i => (double)i).ToArray();
                await {|#2:Task.WhenAny(Task.Delay(1), Task.Delay(2))|};
                return doubled.Concat(range).ToList();
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            [Step] public static async Task<List<double>> Fit(double[] xs)
            {
                var doubled = xs.AsParallel().AsOrdered()
                    .Select(x => x * 2)
                    .ToList();
                var range = ParallelEnumerable.Range(0, 4).AsOrdered().Select(i => (double)i).ToArray();
                await {|#2:Task.WhenAny(Task.Delay(1), Task.Delay(2))|};
                return doubled.Concat(range).ToList();
            }
        }
        """,
        [
            Expect(DiagnosticDescriptors.OrderDependentConcurrency, 0, "Fit", "", "AsParallel() without AsOrdered()"),
            Expect(DiagnosticDescriptors.OrderDependentConcurrency, 1, "Fit", "", "ParallelEnumerable.Range() without AsOrdered()"),
            Expect(DiagnosticDescriptors.OrderDependentConcurrency, 2, "Fit", "", "Task.WhenAny()"),
        ],
        remainingAfterFix: 1);
}
