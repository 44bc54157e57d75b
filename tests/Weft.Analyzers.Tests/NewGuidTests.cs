using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class NewGuidTests
{
    [Fact]
    public Task GuidNewGuid_IsReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Label(int x) => x + ":" + {|#0:Guid.NewGuid()|};
        }
        """,
        Expect(DiagnosticDescriptors.NewGuid, 0, "Label", "", "Guid.NewGuid()"));

    [Theory]
    [InlineData("Guid.CreateVersion7()")]
    [InlineData("Guid.CreateVersion7(Step.Now)")]
    public Task GuidCreateVersion7_IsReported(string call) => VerifyAsync($$"""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Label(int x) => x + ":" + {|#0:{{call}}|};
        }
        """,
        Expect(DiagnosticDescriptors.NewGuid, 0, "Label", "", "Guid.CreateVersion7()"));

    [Fact]
    public Task StepNewGuidAndParsedGuids_AreNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Label(int x) => x + ":" + Step.NewGuid() + Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff") + Guid.Empty;
        }
        """);
}
