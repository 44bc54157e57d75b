using Weft.Generators.Tests.Diagnostics;
using static Weft.Generators.Tests.Diagnostics.ExpectedDiagnostic;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// The step validator finds [Step] methods by their attributes' names, as ForAttributeWithMetadataName did: steps no
/// pipeline uses, under an alias, qualified or in nested types are still checked, and other methods are not.
/// </summary>
public sealed class StepValidationWithoutBindingTests
{
    [Theory]
    [InlineData("using S = Weft.StepAttribute;", "S")]
    [InlineData("using SAttribute = Weft.StepAttribute;", "S")]
    [InlineData("", "Weft.Step")]
    [InlineData("", "global::Weft.StepAttribute")]
    public void AStepUsedByNoPipeline_IsValidated_WhateverItsWrittenName(string alias, string name)
    {
        DiagnosticVerifier.Verify($$"""
            using Weft;
            {{alias}}
            namespace Demo;

            public static class Steps
            {
                [[|{{name}}(Retries = -1)|]] public static int Fit() => 1;
            }
            """, At(0, "WEFT0014", "Fit", "Retries must be 0 or more, not -1"));
    }

    [Fact]
    public void AGlobalAliasInAnotherFile_IsValidated()
    {
        DiagnosticVerifier.Verify(
            [
                ("Aliases.cs", "global using Check = Weft.StepAttribute;"),
                ("Steps.cs", """
                    namespace Demo;

                    public static class Steps
                    {
                        public sealed class Holder
                        {
                            [Check] public int [|Fit|]() => 1;
                        }
                    }
                    """),
            ],
            At(0, "WEFT0009", "Fit", "it must be static"),
            At(0, "WEFT0009", "Fit", "it must be declared in a static class, and 'Demo.Steps.Holder' is not static"));
    }

    [Fact]
    public void ASignatureProblem_OfAStepReadFromSyntax_IsReportedOnce()
    {
        DiagnosticVerifier.Verify("""
            using Weft;
            namespace Demo;

            public static class Steps
            {
                public static class Inner
                {
                    [Step(Name = "fit", Retries = 2), Resources(Cpu = "1")] public static void [|Fit|](ref int value) { }
                }
            }
            """, At(0, "WEFT0009", "fit", "parameter 'value' is passed by reference (ref)"));
    }

    [Fact]
    public void AnotherLibrarysStep_IsNotValidated()
    {
        DiagnosticVerifier.Verify(
            [
                ("Other.cs", "namespace Other; public sealed class StepAttribute : System.Attribute { }"),
                ("Steps.cs", """
                    using Other;
                    namespace Demo;

                    public static class Steps
                    {
                        [Step] public static void Fit(ref int value) { }
                    }
                    """),
            ]);
    }
}
