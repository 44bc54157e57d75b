using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class CallPathTests
{
    [Fact]
    public Task HelperCalledByAStep_IsReportedAtTheCallInTheStep() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static long Fit(int x) => x + {|#0:Helper()|};

            static long Helper() => DateTime.UtcNow.Ticks;
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "Fit", "calls Helper(), which ", "DateTime.UtcNow"));

    [Fact]
    public Task HelperReachedThroughTwoCalls_NamesThePath() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Fit(int x) => x + {|#0:Prepare()|};

            static string Prepare() => Features.Seed().ToString();
        }

        public static class Features
        {
            public static Guid Seed() => Guid.NewGuid();
        }
        """,
        Expect(DiagnosticDescriptors.NewGuid, 0, "Fit", "calls Prepare(), which calls Features.Seed(), which ", "Guid.NewGuid()"));

    [Fact]
    public Task PropertiesAndConstructors_AreFollowed() => VerifyAsync("""
        using System;
        using Weft;

        public sealed class Clock
        {
            public Clock() => Started = DateTime.Now;

            public DateTime Started { get; }

            public static int Cores => Environment.ProcessorCount;
        }

        public static class Steps
        {
            [Step] public static string Fit(int x) => {|#0:new Clock()|}.Started + " " + {|#1:Clock.Cores|} + x;
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "Fit", "calls new Clock(), which ", "DateTime.Now"),
        Expect(DiagnosticDescriptors.Environment, 1, "Fit", "calls Clock.Cores, which ", "Environment.ProcessorCount"));

    [Fact]
    public Task HelperNoStepReaches_IsNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Fit(int x) => Pure(x);

            static int Pure(int x) => x * 2;

            public static long Unused() => DateTime.UtcNow.Ticks + Environment.TickCount;
        }
        """);

    [Fact]
    public Task RecursiveHelpers_AreFollowedOnceAndTerminate() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Fit(int x) => {|#0:Ping(x)|};

            static int Ping(int n) => n <= 0 ? Environment.TickCount : Pong(n - 1);

            static int Pong(int n) => Ping(n - 1);
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "Fit", "calls Ping(), which ", "Environment.TickCount"));

    [Fact]
    public Task CallsDeeperThanTheLimit_AreNotFollowed()
    {
        // Step -> H1 -> ... -> H9; H9 reads the clock, one call deeper than the analyzer looks.
        var depth = ReproducibilityAnalyzer.MaxCallDepth + 1;
        var helpers = string.Join("\n", Enumerable.Range(1, depth - 1).Select(i => $"    static long H{i}() => H{i + 1}();"));
        return VerifyAsync($$"""
            using System;
            using Weft;

            public static class Steps
            {
                [Step] public static long Fit(int x) => x + H1();

            {{helpers}}
                static long H{{depth}}() => DateTime.UtcNow.Ticks;
            }
            """);
    }

    [Fact]
    public Task CallsAtTheLimit_AreFollowed()
    {
        var depth = ReproducibilityAnalyzer.MaxCallDepth;
        var helpers = string.Join("\n", Enumerable.Range(1, depth - 1).Select(i => $"    static long H{i}() => H{i + 1}();"));
        var path = string.Concat(Enumerable.Range(1, depth).Select(i => $"calls H{i}(), which "));
        return VerifyAsync($$"""
            using System;
            using Weft;

            public static class Steps
            {
                [Step] public static long Fit(int x) => x + {|#0:H1()|};

            {{helpers}}
                static long H{{depth}}() => DateTime.UtcNow.Ticks;
            }
            """,
            Expect(DiagnosticDescriptors.WallClock, 0, "Fit", path, "DateTime.UtcNow"));
    }

    [Fact]
    public Task SuppressionWithPragma_SilencesTheOccurrence() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
        #pragma warning disable WEFT1001
            [Step] public static long Fit(int x) => x + DateTime.UtcNow.Ticks;
        #pragma warning restore WEFT1001
        }
        """);
}
