using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class MutableStaticStateTests
{
    [Fact]
    public Task StaticFieldThatIsNotReadonly_IsReportedAtEachAccess() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            static int s_calls;
            [ThreadStatic] static double t_scale;

            [Step] public static double Scale(double x)
            {
                {|#0:s_calls|}++;
                return x * {|#1:t_scale|} + {|#2:Steps.s_calls|};
            }
        }
        """,
        Expect(DiagnosticDescriptors.MutableStaticState, 0, "Scale", "", "Steps.s_calls"),
        Expect(DiagnosticDescriptors.MutableStaticState, 1, "Scale", "", "Steps.t_scale"),
        Expect(DiagnosticDescriptors.MutableStaticState, 2, "Scale", "", "Steps.s_calls"));

    [Fact]
    public Task StaticAutoPropertyWithASetter_IsReported_ThroughAHelper() => VerifyAsync("""
        using Weft;

        public static class Settings
        {
            public static double Threshold { get; set; } = 0.5;

            public static bool Above(double x) => x > Threshold;
        }

        public static class Steps
        {
            [Step] public static bool Flag(double x) => {|#0:Settings.Above(x)|};

            [Step] public static double Tune(double x) => {|#1:Settings.Threshold|} = x;
        }
        """,
        Expect(DiagnosticDescriptors.MutableStaticState, 0, "Flag", "calls Settings.Above(), which ", "Settings.Threshold"),
        Expect(DiagnosticDescriptors.MutableStaticState, 1, "Tune", "", "Settings.Threshold"));

    [Theory]
    [InlineData("static readonly List<int> s_seen = new();", "s_seen.Add(x)")]
    [InlineData("static readonly List<int> s_seen = new();", "s_seen.Sort()")]
    [InlineData("static readonly Dictionary<int, int> s_seen = new();", "s_seen[x] = x")]
    [InlineData("static readonly Dictionary<int, int> s_seen = new();", "s_seen.TryAdd(x, x)")]
    [InlineData("static readonly ConcurrentDictionary<int, int> s_seen = new();", "s_seen.GetOrAdd(x, x)")]
    [InlineData("static readonly HashSet<int> s_seen = new();", "s_seen.Remove(x)")]
    [InlineData("static readonly int[] s_seen = new int[10];", "s_seen[x % 10] = x")]
    [InlineData("static readonly int[] s_seen = new int[10];", "s_seen[x % 10]++")]
    [InlineData("static readonly int[] s_seen = new int[10];", "Array.Sort(s_seen)")]
    [InlineData("static readonly StringBuilder s_seen = new();", "s_seen.Append(x)")]
    [InlineData("static readonly Random s_seen = new(42);", "s_seen.Next()")]
    public Task WriteThroughAReadonlyField_IsReportedAtTheField(string declaration, string statement)
    {
        var marked = statement.Replace("s_seen", "{|#0:s_seen|}", StringComparison.Ordinal);
        return VerifyAsync($$"""
            using System;
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Text;
            using Weft;

            public static class Steps
            {
                {{declaration}}

                [Step] public static int Track(int x)
                {
                    {{marked}};
                    return x;
                }
            }
            """,
            Expect(DiagnosticDescriptors.MutableStaticState, 0, "Track", "", "Steps.s_seen"));
    }

    [Fact]
    public Task ConstantsImmutableStaticsAndReadsOfReadonlyCollections_AreNotReported() => VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using Weft;

        public enum Unit { Metre, Foot }

        public static class Steps
        {
            const double Feet = 3.28084;
            static readonly string s_name = "houses";
            static readonly int[] s_primes = [2, 3, 5, 7];
            static readonly Dictionary<string, double> s_factors = new() { ["m"] = 1, ["ft"] = Feet };
            static readonly ImmutableList<int> s_sizes = ImmutableList.Create(1, 2);
            static int s_unused;

            static int Limit { get; } = 10;

            [Step] public static double Convert(double x, string unit)
            {
                var grown = s_sizes.Add(3);
                s_factors.TryGetValue(unit, out var factor);
                return x * factor * Feet + s_primes.Sum() + s_name.Length + Limit + grown.Count + (int)Unit.Foot
                    + s_primes.Reverse().First() + nameof(s_unused).Length + string.Empty.Length + Math.PI;
            }
        }
        """);

    [Fact]
    public Task StaticStateNoStepReaches_IsNotReported() => VerifyAsync("""
        using Weft;

        public static class Program
        {
            static int s_runs;

            public static int Main() => ++s_runs;

            [Step] public static int Double(int x) => x * 2;
        }
        """);

    [Fact]
    public Task InstanceState_IsNotReported() => VerifyAsync("""
        using System.Collections.Generic;
        using Weft;

        public sealed class Counter
        {
            private int _count;
            private readonly List<int> _seen = new();

            public int Count(int x)
            {
                _seen.Add(x);
                return ++_count;
            }
        }

        public static class Steps
        {
            [Step] public static int Track(int x) => new Counter().Count(x);
        }
        """);
}
