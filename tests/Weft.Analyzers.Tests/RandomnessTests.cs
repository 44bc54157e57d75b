using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class RandomnessTests
{
    // Stands in for ML.NET: the analyzer matches Microsoft.ML.MLContext by name, so the test needs no ML.NET reference.
    private const string MLContextDeclaration = """

        namespace Microsoft.ML
        {
            public sealed class MLContext
            {
                public MLContext(int? seed = null) { }
            }
        }
        """;

    [Theory]
    [InlineData("{|#0:RandomNumberGenerator.GetInt32(max)|}", "RandomNumberGenerator.GetInt32()")]
    [InlineData("{|#0:RandomNumberGenerator.GetBytes(4)|}[0]", "RandomNumberGenerator.GetBytes()")]
    [InlineData("{|#0:RandomNumberGenerator.GetHexString(max)|}.Length", "RandomNumberGenerator.GetHexString()")]
    public Task CryptographicRandomness_IsReported(string draw, string culprit) => VerifyAsync($$"""
        using System.Security.Cryptography;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => {{draw}};
        }
        """,
        Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Draw", "", culprit));

    [Fact]
    public Task UnseededRandom_IsReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => {|#0:new Random()|}.Next(max);
        }
        """,
        Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Draw", "", "new Random()"));

    [Fact]
    public Task SharedRandom_IsReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => {|#0:Random.Shared|}.Next(max);
        }
        """,
        Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Draw", "", "Random.Shared"));

    [Fact]
    public Task SeededRandomAndStepRandom_AreNotReported() => VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => new Random(42).Next(max) + new Random(Step.Seed).Next(max) + Step.Random.Next(max);
        }
        """);

    [Theory]
    [InlineData("new MLContext()")]
    [InlineData("new MLContext(seed: null)")]
    public Task MLContextWithoutSeed_IsReported(string creation) => VerifyAsync($$"""
        using Microsoft.ML;
        using Weft;

        public static class Steps
        {
            [Step] public static string Train(int rows) => {|#0:{{creation}}|}.ToString() + rows;
        }
        """ + MLContextDeclaration,
        Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Train", "", "new MLContext() without a seed"));

    [Theory]
    [InlineData("new MLContext(seed: Step.Seed)")]
    [InlineData("new MLContext(7)")]
    public Task SeededMLContext_IsNotReported(string creation) => VerifyAsync($$"""
        using Microsoft.ML;
        using Weft;

        public static class Steps
        {
            [Step] public static string Train(int rows) => {{creation}}.ToString() + rows;
        }
        """ + MLContextDeclaration);
}
