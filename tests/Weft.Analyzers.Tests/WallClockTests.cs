using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class WallClockTests
{
    [Theory]
    [InlineData("DateTime.Now", "DateTime.Now")]
    [InlineData("DateTime.UtcNow", "DateTime.UtcNow")]
    [InlineData("DateTime.Today", "DateTime.Today")]
    [InlineData("DateTimeOffset.Now", "DateTimeOffset.Now")]
    [InlineData("DateTimeOffset.UtcNow", "DateTimeOffset.UtcNow")]
    [InlineData("Environment.TickCount", "Environment.TickCount")]
    [InlineData("Environment.TickCount64", "Environment.TickCount64")]
    [InlineData("TimeProvider.System.GetUtcNow()", "TimeProvider.System.GetUtcNow()")]
    [InlineData("TimeProvider.System.GetLocalNow()", "TimeProvider.System.GetLocalNow()")]
    public Task ClockReadInAStep_IsReportedAtTheRead(string read, string culprit) => VerifyAsync($$"""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x) => x + " " + {|#0:{{read}}|}.ToString();
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "Stamp", "", culprit));

    [Fact]
    public Task StepNow_IsNotReported() => VerifyAsync("""
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x) => x + " " + Step.Now.ToString("O");
        }
        """);

    [Fact]
    public Task TimeProviderTheStepIsHanded_IsNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Clock
        {
            public static TimeProvider Fixed { get; } = TimeProvider.System;
        }

        public static class Steps
        {
            [Step] public static string Stamp(int x) => x + " " + Stamp(Clock.Fixed);

            static string Stamp(TimeProvider clock) => clock.GetUtcNow().ToString("O");
        }
        """);

    [Fact]
    public Task ClockReadOutsideAnyStep_IsNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Program
        {
            public static DateTime Started() => DateTime.UtcNow;

            [Step] public static int Double(int x) => x * 2;
        }
        """);

    [Fact]
    public Task ClockReadInALambdaInsideAStep_IsReported() => VerifyAsync("""
        using System;
        using System.Linq;
        using Weft;

        public static class Steps
        {
            [Step] public static long[] Stamp(int[] xs) => xs.Select(x => x + {|#0:DateTime.UtcNow|}.Ticks).ToArray();
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "Stamp", "", "DateTime.UtcNow"));

    [Fact]
    public Task StepNameFromTheAttribute_IsTheOneNamed() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step(Name = "stamp-rows")] public static long Stamp(int x) => x + {|#0:DateTime.Now|}.Ticks;
        }
        """,
        Expect(DiagnosticDescriptors.WallClock, 0, "stamp-rows", "", "DateTime.Now"));
}
