namespace Weft.Generators.Tests.Adversarial;

/// <summary>
/// Step attributes written the ways users write them: options spelled as expressions, constants, attribute targets, and
/// project types whose names collide with Weft's. Each run is cross-checked against the bound attributes.
/// </summary>
public sealed class StepOptionAdversaryTests
{
    private static string Pipeline(string attributes, string usings = "using Weft;", string more = "") => $$"""
        using System;
        {{usings}}

        namespace Demo
        {
            [Pipeline]
            public static partial class Flow
            {
                private const int Two = 2;
                private const string Prefix = "fit";

                static void Define()
                {
                    var n = Fit(1);
                }

                {{attributes}}
                static int Fit(int x) => x;
            }
        }

        {{more}}
        """;

    [Theory]
    [InlineData("[Step(Name = \"a\" + \"b\")]", "\"ab\"")]
    [InlineData("[Step(Name = Prefix + \"-model\")]", "\"fit-model\"")]
    [InlineData("[Step(Name = nameof(Fit))]", "\"Fit\"")]
    [InlineData("[Step(Name = @\"fit\")]", "\"fit\"")]
    [InlineData("[Step(Name = \"\"\"fit\"\"\")]", "\"fit\"")]
    [InlineData("[Step(Retries = (2))]", null)]
    [InlineData("[Step(Retries = Two)]", null)]
    [InlineData("[Step(Retries = +2)]", null)]
    [InlineData("[Step(Retries = 0x2)]", null)]
    [InlineData("[Step(Retries = 2, TimeoutSeconds = 1_000)]", null)]
    [InlineData("[Step(Cache = !true)]", null)]
    [InlineData("[Step(Cache = (false))]", null)]
    [InlineData("[Step(CacheVersion = \"v\\u0031\")]", null)]
    [InlineData("[Step()]", null)]
    [InlineData("[Step][Resources(Gpu = (1), Cpu = \"1\" + \"\")]", null)]
    [InlineData("[Step, Image(\"reg\" + \"/x:1\")]", null)]
    [InlineData("[method: Step]", null)]
    [InlineData("[Weft.Step]", null)]
    [InlineData("[global::Weft.StepAttribute(Retries = 1)]", null)]
    [InlineData("[StepAttribute]", null)]
    [InlineData("[Obsolete, Step, CLSCompliant(false)]", null)]
    public void Options_written_as_expressions_agree_with_binding(string attributes, string? expectedName)
    {
        var run = AdversarialRun.Clean(("Flow.cs", Pipeline(attributes)));

        if (expectedName is not null)
        {
            Assert.Contains(expectedName, run.Pipeline("Flow.Pipeline.g.cs"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[Step(Retries = -1)]")]
    [InlineData("[Step(TimeoutSeconds = -5)]")]
    [InlineData("[Step(Name = \"\")]")]
    [InlineData("[Step(Name = \"has space\")]")]
    [InlineData("[Step(Name = null)]")]
    [InlineData("[Step(CacheVersion = null)]")]
    [InlineData("[Step(Retries = 1, Retries = 2)]")]
    [InlineData("[Step, Step]")]
    [InlineData("[Step][Step(Retries = 1)]")]
    [InlineData("[Step, Resources(Gpu = -1)]")]
    [InlineData("[Step, Image(null)]")]
    [InlineData("[Step, Image(\"\")]")]
    [InlineData("[return: Step]")]
    public void Doubtful_or_invalid_options_report_what_binding_reports(string attributes)
        => AdversarialRun.Of(("Flow.cs", Pipeline(attributes)));

    [Theory]
    // A project type named like Weft's attribute: the suffix rule and name lookup decide which one [Step] is.
    [InlineData("public sealed class Step { }")]
    [InlineData("public sealed class StepAttribute { }")]
    [InlineData("public sealed class StepAttribute : Attribute { }")]
    [InlineData("public sealed class Step : Attribute { public int Retries { get; set; } }")]
    [InlineData("public sealed class Resources { }")]
    [InlineData("public sealed class ImageAttribute : Attribute { public ImageAttribute(string s) { } }")]
    [InlineData("public sealed class List { } public sealed class Task { } public sealed class DataFile { }")]
    public void A_project_type_named_like_an_attribute_in_the_pipeline_namespace(string declaration)
        => AdversarialRun.Of(("Flow.cs", Pipeline("[Step(Retries = 1)]")), ("Types.cs", $"using System;\nnamespace Demo\n{{\n    {declaration}\n}}\n"));

    [Theory]
    [InlineData("public sealed class StepAttribute : Attribute { public int Retries { get; set; } }")]
    [InlineData("public sealed class Step : Attribute { public int Retries { get; set; } }")]
    public void A_project_attribute_in_the_global_namespace_loses_to_the_pipeline_namespace_import(string declaration)
        => AdversarialRun.Of(("Flow.cs", Pipeline("[Step(Retries = 1)]")), ("Types.cs", $"using System;\n{declaration}\n"));

    [Theory]
    [InlineData("using Weft;\nusing Step = System.ObsoleteAttribute;")]
    [InlineData("using Weft;\nusing StepAttribute = System.ObsoleteAttribute;")]
    [InlineData("using Weft;\nusing W = Weft;")]
    [InlineData("using static Weft.Step;\nusing Weft;")]
    [InlineData("")]
    public void Usings_of_one_file_only(string usings)
        => AdversarialRun.Of(("Flow.cs", Pipeline("[Step(Retries = 1)]", usings)),
            ("Other.cs", Pipeline("[Step(Retries = 2)]").Replace("Flow", "Other", StringComparison.Ordinal)));

    [Fact]
    public void Usings_after_a_file_scoped_namespace()
        => AdversarialRun.Clean(("Flow.cs", """
            namespace Demo;
            using Weft;

            [Pipeline]
            public static partial class Flow
            {
                static void Define()
                {
                    var n = Fit(1);
                }

                [Step(Retries = 3, Name = "fit")] static int Fit(int x) => x;
            }
            """), ("Other.cs", """
            namespace Demo;
            using Step = System.ObsoleteAttribute;

            public static class Other
            {
                [Step] public static int Old(int x) => x;
            }
            """));

    [Fact]
    public void Usings_inside_a_namespace_block_and_a_nested_step_class()
        => AdversarialRun.Clean(("Flow.cs", """
            namespace Demo
            {
                using Weft;

                [Pipeline]
                public static partial class Flow
                {
                    static void Define()
                    {
                        var n = Inner.Fit(1);
                    }

                    public static class Inner
                    {
                        [Step(Retries = 3)] public static int Fit(int x) => x;
                    }
                }
            }
            """));

    [Fact]
    public void A_nested_type_named_StepAttribute_in_one_class_does_not_leak_to_its_namespace_siblings()
    {
        var run = AdversarialRun.Of(("Shadow.cs", """
            using System;
            using Weft;

            namespace Demo;

            public static class Shadowed
            {
                public sealed class StepAttribute : Attribute { public int Retries { get; set; } }

                [Step(Retries = 4)] public static int Fit(int x) => x;
            }
            """), ("Flow.cs", Pipeline("[Step(Retries = 1)]")));

        Assert.Empty(run.Errors);
    }

    [Fact]
    public void A_base_class_declaring_StepAttribute_shadows_Weft_for_its_derived_partial_parts()
        => AdversarialRun.Of(("Base.cs", """
            using System;
            namespace Demo;
            public class StepBase
            {
                public sealed class StepAttribute : Attribute { public int Retries { get; set; } }
            }
            """), ("Flow.cs", """
            using Weft;
            namespace Demo;
            [Pipeline]
            public partial class Flow : StepBase
            {
                static void Define()
                {
                    var n = Fit(1);
                }
            }
            """), ("Steps.cs", """
            using Weft;
            namespace Demo;
            public partial class Flow
            {
                [Step(Retries = 2)] static int Fit(int x) => x;
            }
            """));
}
