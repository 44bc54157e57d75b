using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class EnvironmentTests
{
    [Theory]
    [InlineData("Environment.GetEnvironmentVariable(\"DATA_DIR\")", "Environment.GetEnvironmentVariable()")]
    [InlineData("Environment.GetEnvironmentVariables().Count", "Environment.GetEnvironmentVariables()")]
    [InlineData("Environment.MachineName", "Environment.MachineName")]
    [InlineData("Environment.UserName", "Environment.UserName")]
    [InlineData("Environment.ProcessorCount", "Environment.ProcessorCount")]
    public Task EnvironmentRead_IsReported(string read, string culprit)
    {
        // The diagnostic covers the read itself: the invocation, or the property without what follows it.
        var marked = read.EndsWith(".Count", StringComparison.Ordinal)
            ? "{|#0:" + read[..^".Count".Length] + "|}.Count"
            : "{|#0:" + read + "|}";
        return VerifyAsync($$"""
            using System;
            using Weft;

            public static class Steps
            {
                [Step] public static string Describe(int x) => x + " " + {{marked}};
            }
            """,
            Expect(DiagnosticDescriptors.Environment, 0, "Describe", "", culprit));
    }

    [Fact]
    public Task DeterministicEnvironmentMembers_AreNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Describe(int x) => x + Environment.NewLine + Step.Name;
        }
        """);
}
