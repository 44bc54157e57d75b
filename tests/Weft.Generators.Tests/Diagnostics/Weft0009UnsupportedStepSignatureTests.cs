using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.Diagnostics;

public sealed class Weft0009UnsupportedStepSignatureTests
{
    private static string StepsClass(string members) => $$"""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace Demo;

        public static class Steps
        {
            private static int s_slot;

            {{members}}
        }
        """;

    [Theory]
    [InlineData("[Step] public static int [|Count|]<T>(T[] items) => items.Length;", "Count", "generic methods cannot be steps")]
    [InlineData("[Step] public static async void [|Notify|](string message) { await Task.Yield(); }", "Notify", "'async void' cannot be awaited; return Task or Task<T>")]
    [InlineData("[Step] public static int [|Bump|](ref int value) => ++value;", "Bump", "parameter 'value' is passed by reference (ref)")]
    [InlineData("[Step] public static int [|Read|](out int value) { value = 1; return 1; }", "Read", "parameter 'value' is passed by reference (out)")]
    [InlineData("[Step] public static int [|Sum|](params int[] values) => values.Length;", "Sum", "parameter 'values' is 'params'; take an array instead")]
    [InlineData("[Step] public static int [|Wait|](CancellationToken a, CancellationToken b) => 0;", "Wait", "it takes more than one CancellationToken")]
    [InlineData("[Step] public static int [|Length|](Span<int> data) => data.Length;", "Length", "parameter 'data' has type 'System.Span<int>', which cannot be stored")]
    [InlineData("[Step] public static [|Span<int>|] Buffer() => default;", "Buffer", "its result type 'System.Span<int>' cannot be stored")]
    [InlineData("[Step] public static ref int [|Slot|]() => ref s_slot;", "Slot", "it returns by reference")]
    [InlineData("[Step(Name = \"tally\")] public static int [|Count|]<T>(T[] items) => items.Length;", "tally", "generic methods cannot be steps")]
    public void Signature_ReportsWEFT0009AtTheStep(string member, string step, string problem)
    {
        DiagnosticVerifier.Verify(StepsClass(member), At(0, "WEFT0009", step, problem));
    }

    [Fact]
    public void InParameter_NamesTheModifierAsWritten()
    {
        DiagnosticVerifier.Verify(StepsClass("[Step] public static int [|Read|](in int value) => value;"),
            At(0, "WEFT0009", "Read", "parameter 'value' is passed by reference (in)"));
    }

    [Fact]
    public void RefReadonlyParameter_NamesTheModifierAsWritten()
    {
        DiagnosticVerifier.Verify(StepsClass("[Step] public static int [|Read|](ref readonly int value) => value;"),
            At(0, "WEFT0009", "Read", "parameter 'value' is passed by reference (ref readonly)"));
    }

    [Fact]
    public void StepInNonStaticClass_ReportsWEFT0009()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public class Helpers
            {
                [Step] public static int [|Count|](int[] values) => values.Length;
            }
            """,
            At(0, "WEFT0009", "Count", "it must be declared in a static class, and 'Demo.Helpers' is not static"));
    }

    [Fact]
    public void StepInGenericClass_ReportsWEFT0009()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Helpers<T>
            {
                [Step] public static int [|Count|](int[] values) => values.Length;
            }
            """,
            At(0, "WEFT0009", "Count", "it is declared in generic type 'Demo.Helpers<T>'"));
    }

    [Fact]
    public void StepInClassNestedInAGenericClass_ReportsWEFT0009NamingItsClass()
    {
        // A class nested in a generic class is generic too (Helpers<T>.Inner): generated code could not name it without T.
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Helpers<T>
            {
                public static class Inner
                {
                    [Step] public static int [|Count|](int[] values) => values.Length;
                }
            }
            """,
            At(0, "WEFT0009", "Count", "it is declared in generic type 'Demo.Helpers<T>.Inner'"));
    }

    [Fact]
    public void InstanceStep_ReportsWEFT0009()
    {
        // The compiler rejects an instance member of a static class too (CS0708); the step is still named.
        DiagnosticVerifier.Verify(StepsClass("[Step] public int [|Count|](int[] values) => values.Length;"),
            At(0, "WEFT0009", "Count", "it must be static"));
    }

    [Fact]
    public void SeveralProblems_AreEachReported()
    {
        DiagnosticVerifier.Verify(StepsClass("[Step] public static int [|Merge|]<T>(ref int total, params T[] items) => total;"),
            At(0, "WEFT0009", "Merge", "generic methods cannot be steps"),
            At(0, "WEFT0009", "Merge", "parameter 'total' is passed by reference (ref)"),
            At(0, "WEFT0009", "Merge", "parameter 'items' is 'params'; take an array instead"));
    }

    [Fact]
    public void BrokenStepCalledByAPipeline_IsReportedOnlyAtTheStep()
    {
        var run = DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            [Pipeline]
            public static partial class Training
            {
                static void Define() => Sum(1, 2, 3);

                [Step] static int [|Sum|](params int[] values) => values.Length;
            }
            """,
            At(0, "WEFT0009", "Sum", "parameter 'values' is 'params'; take an array instead"));

        Assert.Empty(run.HintNames);
    }
}
