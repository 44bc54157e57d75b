using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class CodeFixTests
{
    private const string MLContextDeclaration = """

        namespace Microsoft.ML
        {
            public sealed class MLContext
            {
                public MLContext(int? seed = null) { }
            }
        }
        """;

    [Fact]
    public Task WallClockReads_BecomeStepNow_KeepingTheirType() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x)
            {
                DateTime utc = {|#0:DateTime.UtcNow|};
                DateTime local = {|#1:DateTime.Now|};
                DateTime day = {|#2:DateTime.Today|};
                DateTimeOffset offset = {|#3:DateTimeOffset.UtcNow|};
                return $"{x} {utc:O} {local:O} {day:O} {offset:O}";
            }
        }
        """, """
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x)
            {
                DateTime utc = Step.Now.UtcDateTime;
                DateTime local = Step.Now.UtcDateTime;
                DateTime day = Step.Now.UtcDateTime.Date;
                DateTimeOffset offset = Step.Now;
                return $"{x} {utc:O} {local:O} {day:O} {offset:O}";
            }
        }
        """,
        [
            Expect(DiagnosticDescriptors.WallClock, 0, "Stamp", "", "DateTime.UtcNow"),
            Expect(DiagnosticDescriptors.WallClock, 1, "Stamp", "", "DateTime.Now"),
            Expect(DiagnosticDescriptors.WallClock, 2, "Stamp", "", "DateTime.Today"),
            Expect(DiagnosticDescriptors.WallClock, 3, "Stamp", "", "DateTimeOffset.UtcNow"),
        ]);

    [Fact]
    public Task Fix_AddsTheWeftUsingWhenMissing() => CodeFixRun.VerifyAsync("""
        using System;

        public static class Steps
        {
            [Weft.Step] public static string Label(int x) => x + ":" + {|#0:Guid.NewGuid()|};
        }
        """, """
        using System;
        using Weft;

        public static class Steps
        {
            [Weft.Step] public static string Label(int x) => x + ":" + Step.NewGuid();
        }
        """,
        [Expect(DiagnosticDescriptors.NewGuid, 0, "Label", "", "Guid.NewGuid()")]);

    [Fact]
    public Task Fix_AddsNoUsingWhenTheEnclosingNamespaceBringsStep() => CodeFixRun.VerifyAsync("""
        namespace Weft.Samples;

        public static class Steps
        {
            [Step] public static string Label(int x) => x + ":" + {|#0:System.Guid.NewGuid()|};
        }
        """, """
        namespace Weft.Samples;

        public static class Steps
        {
            [Step] public static string Label(int x) => x + ":" + Step.NewGuid();
        }
        """,
        [Expect(DiagnosticDescriptors.NewGuid, 0, "Label", "", "Guid.NewGuid()")]);

    [Fact]
    public Task UnseededRandom_BecomesStepRandom() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => {|#0:new Random()|}.Next(max) + {|#1:Random.Shared|}.Next(max);
        }
        """, """
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static int Draw(int max) => Step.Random.Next(max) + Step.Random.Next(max);
        }
        """,
        [
            Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Draw", "", "new Random()"),
            Expect(DiagnosticDescriptors.UnseededRandomness, 1, "Draw", "", "Random.Shared"),
        ]);

    [Fact]
    public Task UnseededMLContext_IsSeededFromStepSeed() => CodeFixRun.VerifyAsync("""
        using Microsoft.ML;
        using Weft;

        public static class Steps
        {
            [Step] public static string Train(int rows)
            {
                MLContext implicitContext = {|#0:new()|};
                return {|#1:new MLContext(seed: null)|}.ToString() + implicitContext + rows;
            }
        }
        """ + MLContextDeclaration, """
        using Microsoft.ML;
        using Weft;

        public static class Steps
        {
            [Step] public static string Train(int rows)
            {
                MLContext implicitContext = new(seed: Step.Seed);
                return new MLContext(seed: Step.Seed).ToString() + implicitContext + rows;
            }
        }
        """ + MLContextDeclaration,
        [
            Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Train", "", "new MLContext() without a seed"),
            Expect(DiagnosticDescriptors.UnseededRandomness, 1, "Train", "", "new MLContext() without a seed"),
        ]);

    [Fact]
    public Task TickCount_IsLeftAlone() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static long Fit(int x) => x + {|#0:Guid.NewGuid()|}.GetHashCode() + {|#1:Environment.TickCount|};
        }
        """, """
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static long Fit(int x) => x + Step.NewGuid().GetHashCode() + {|#1:Environment.TickCount|};
        }
        """,
        [
            Expect(DiagnosticDescriptors.NewGuid, 0, "Fit", "", "Guid.NewGuid()"),
            Expect(DiagnosticDescriptors.WallClock, 1, "Fit", "", "Environment.TickCount"),
        ],
        remainingAfterFix: 1);

    [Fact]
    public Task Fix_QualifiesStep_WhenTheProjectHasATypeNamedStep() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        namespace Ml
        {
            public sealed record Step(string Name);

            public static class Steps
            {
                [Weft.Step] public static string Stamp(int x) => x + ":" + {|#0:DateTime.UtcNow|} + {|#1:Guid.NewGuid()|};
            }
        }
        """, """
        using System;
        using Weft;

        namespace Ml
        {
            public sealed record Step(string Name);

            public static class Steps
            {
                [Weft.Step] public static string Stamp(int x) => x + ":" + Weft.Step.Now.UtcDateTime + Weft.Step.NewGuid();
            }
        }
        """,
        [
            Expect(DiagnosticDescriptors.WallClock, 0, "Stamp", "", "DateTime.UtcNow"),
            Expect(DiagnosticDescriptors.NewGuid, 1, "Stamp", "", "Guid.NewGuid()"),
        ]);

    [Fact]
    public Task Fix_QualifiesStep_WhenAMemberNamedStepHidesIt() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        public static class Pipeline
        {
            private static int Step(int x) => x;

            [Step] public static int Draw(int max) => Step(max) + {|#0:new Random()|}.Next(max);
        }
        """, """
        using System;
        using Weft;

        public static class Pipeline
        {
            private static int Step(int x) => x;

            [Step] public static int Draw(int max) => Step(max) + Weft.Step.Random.Next(max);
        }
        """,
        [Expect(DiagnosticDescriptors.UnseededRandomness, 0, "Draw", "", "new Random()")]);

    [Fact]
    public Task TimeProviderAndVersion7Guid_BecomeStepMembers() => CodeFixRun.VerifyAsync("""
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x)
            {
                DateTimeOffset utc = {|#0:TimeProvider.System.GetUtcNow()|};
                DateTimeOffset local = {|#1:TimeProvider.System.GetLocalNow()|};
                Guid id = {|#2:Guid.CreateVersion7()|};
                return $"{x} {utc:O} {local:O} {id}";
            }
        }
        """, """
        using System;
        using Weft;

        public static class Steps
        {
            [Step] public static string Stamp(int x)
            {
                DateTimeOffset utc = Step.Now;
                DateTimeOffset local = Step.Now;
                Guid id = Step.NewGuid();
                return $"{x} {utc:O} {local:O} {id}";
            }
        }
        """,
        [
            Expect(DiagnosticDescriptors.WallClock, 0, "Stamp", "", "TimeProvider.System.GetUtcNow()"),
            Expect(DiagnosticDescriptors.WallClock, 1, "Stamp", "", "TimeProvider.System.GetLocalNow()"),
            Expect(DiagnosticDescriptors.NewGuid, 2, "Stamp", "", "Guid.CreateVersion7()"),
        ]);
}
