using Microsoft.CodeAnalysis;
using Weft.Generators.Model;
using Weft.Generators.Parsing;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.FastPath;

/// <summary>
/// Step options are read from attribute syntax only when that is certain to be what binding the attributes gives; each
/// construct it cannot be certain of is left to binding (null), and what it does read agrees with the bound attributes.
/// </summary>
public sealed class StepAttributeSyntaxTests
{
    private static string Steps(string attributes, string usings = "using Weft;", string method = "public static int Fit() => 1;", string more = "") => $$"""
        using System;
        {{usings}}

        namespace Demo
        {
            public static class Steps
            {
                private const int Two = 2;

                {{attributes}}
                {{method}}
            }
        }

        {{more}}
        """;

    private static (IMethodSymbol Method, WeftSymbols Symbols) Fit(string source)
    {
        var compilation = GeneratorHarness.Compile(("Steps.cs", source));
        var method = compilation.GetTypeByMetadataName("Demo.Steps")!.GetMembers("Fit").OfType<IMethodSymbol>().First();
        return (method, WeftSymbols.Create(compilation));
    }

    private static StepOptions? Read(string source)
    {
        var (method, symbols) = Fit(source);
        return StepAttributeSyntax.Read(method, symbols);
    }

    [Fact]
    public void PlainStep_IsReadFromSyntax_WithTheDefaults()
    {
        var options = Read(Steps("[Step]"));

        Assert.NotNull(options);
        Assert.True(options.IsStep);
        Assert.Null(options.Name);
        Assert.True(options.Cache);
        Assert.Equal(0, options.Retries);
        Assert.Null(options.CacheVersion);
        Assert.Equal(0, options.TimeoutSeconds);
        Assert.Null(options.Resources);
        Assert.Null(options.Image);
    }

    [Fact]
    public void EveryOption_IsReadFromSyntax()
    {
        var options = Read(Steps("""
            [Step(Name = "fit-model.v2", Cache = false, Retries = 3, CacheVersion = "v7", TimeoutSeconds = 0x1E)]
            [Resources(Cpu = "2", Memory = "2Gi", Gpu = 1), Image("registry.local/fit:1")]
            [Obsolete("kept for the test")]
            """));

        Assert.NotNull(options);
        Assert.True(options.IsStep);
        Assert.Equal("fit-model.v2", options.Name);
        Assert.False(options.Cache);
        Assert.Equal(3, options.Retries);
        Assert.Equal("v7", options.CacheVersion);
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(new ResourceSpec("2", "2Gi", 1), options.Resources);
        Assert.Equal("registry.local/fit:1", options.Image);
    }

    [Theory]
    [InlineData("[Weft.Step(Retries = 1)]")]
    [InlineData("[global::Weft.StepAttribute(Retries = 1)]")]
    [InlineData("[StepAttribute(Retries = 1)]")]
    [InlineData("[Step(Retries = 1), Resources]")]
    public void WrittenNamesOfOurAttributes_AreReadFromSyntax(string attributes)
    {
        var options = Read(Steps(attributes));

        Assert.NotNull(options);
        Assert.True(options.IsStep);
        Assert.Equal(1, options.Retries);
    }

    [Fact]
    public void AStepOfAnotherLibrary_IsCertainlyNotOurs()
    {
        var options = Read(Steps("[Step]", usings: "using Other;", more: """
            namespace Other
            {
                public sealed class StepAttribute : Attribute { }
            }
            """));

        Assert.Same(StepOptions.NotAStep, options);
    }

    [Theory]
    [InlineData("[Obsolete]")]
    [InlineData("[Resources(Cpu = \"1\")]")]
    public void NoStepAttribute_IsCertainlyNotAStep(string attributes)
        => Assert.Same(StepOptions.NotAStep, Read(Steps(attributes)));

    [Theory]
    // An alias, of ours or over one of our names.
    [InlineData("[S]", "using Weft; using S = Weft.StepAttribute;")]
    [InlineData("[Step]", "using Weft; using StepAttribute = Weft.StepAttribute;")]
    [InlineData("[Step, Obsolete]", "using Weft; using ObsoleteAttribute = Weft.ResourcesAttribute;")]
    [InlineData("[Step, W.Resources]", "using Weft; using W = Weft;")]
    // Two classes the name may mean: ours and another library's.
    [InlineData("[Step]", "using Weft; using Other;")]
    // Arguments that are not literals of the property's type, or that a diagnostic is reported for.
    [InlineData("[Step(Retries = Two)]", "using Weft;")]
    [InlineData("[Step(Retries = 1 + 1)]", "using Weft;")]
    [InlineData("[Step(Retries = -1)]", "using Weft;")]
    [InlineData("[Step(TimeoutSeconds = -5)]", "using Weft;")]
    [InlineData("[Step(Name = nameof(Fit))]", "using Weft;")]
    [InlineData("[Step(Name = \"1st fit\")]", "using Weft;")]
    [InlineData("[Step(Name = null)]", "using Weft;")]
    [InlineData("[Step(Cache = (false))]", "using Weft;")]
    [InlineData("[Step(Retries = 2L)]", "using Weft;")]
    [InlineData("[Step(Retries = 1, Retries = 2)]", "using Weft;")]
    [InlineData("[Step(Unknown = 1)]", "using Weft;")]
    [InlineData("[Step, Resources(Gpu = -1)]", "using Weft;")]
    [InlineData("[Step, Image(reference: \"x\")]", "using Weft;")]
    [InlineData("[Step, Image(\"x\" + \"y\")]", "using Weft;")]
    // Attributes twice, or with a target.
    [InlineData("[Step, Step]", "using Weft;")]
    [InlineData("[method: Step]", "using Weft;")]
    [InlineData("[Step(Retries = 1,)]", "using Weft;")]
    public void UncertainAttributes_AreLeftToBinding(string attributes, string usings)
    {
        var source = Steps(attributes, usings, more: """
            namespace Other
            {
                public sealed class StepAttribute : Attribute { }
            }
            """);

        Assert.Null(Read(source));
    }

    [Theory]
    [InlineData("public static int Fit<T>() => 1;")]
    [InlineData("public static partial int Fit(); public static partial int Fit() => 1;")]
    public void GenericAndPartialMethods_AreLeftToBinding(string method)
    {
        var source = Steps("[Step]", method: method).Replace("public static class Steps", "public static partial class Steps", StringComparison.Ordinal);

        Assert.Null(Read(source));
    }

    [Fact]
    public void AStepAttributeNestedInTheClass_IsBoundForThatScope()
    {
        var options = Read(Steps("[Step]", method: """
            public static int Fit() => 1;

                public sealed class StepAttribute : Attribute { }
            """));

        Assert.Same(StepOptions.NotAStep, options);
    }

    [Theory]
    // A file-local attribute class of the same name, visible in its own file only.
    [InlineData("file sealed class StepAttribute : System.Attribute { }", "public static class Special")]
    // A nested attribute class inherited from a base class.
    [InlineData("public class Base { public sealed class StepAttribute : System.Attribute { } }", "public class Special : Base")]
    // A type parameter of the class.
    [InlineData("", "public static class Special<StepAttribute>")]
    public void FilesOfOneNamespace_ShareAnAttributeNamesMeaning_OnlyWhenNothingOfTheirOwnCanChangeIt(string declarations, string special)
    {
        string File(string type, string more) => $$"""
            using Weft;
            namespace Demo;

            {{more}}

            {{type}}
            {
                [Step] public static int Fit() => 1;
            }
            """;
        var compilation = GeneratorHarness.Compile(("Plain.cs", File("public static class Plain", "")), ("Special.cs", File(special, declarations)));
        var symbols = WeftSymbols.Create(compilation);
        IMethodSymbol FitOf(string type) => compilation.GetSymbolsWithName(type).OfType<INamedTypeSymbol>().Single().GetMembers("Fit").OfType<IMethodSymbol>().Single();

        Assert.True(StepAttributeSyntax.Read(FitOf("Plain"), symbols)?.IsStep);
        var options = StepAttributeSyntax.Read(FitOf("Special"), symbols);
        Assert.True(options is null || !options.IsStep, "the meaning of [Step] in Plain.cs was reused for Special");
    }

    [Fact]
    public void TheCrossCheck_ThrowsOnADifference()
    {
        var (method, symbols) = Fit(Steps("[Step(Retries = 2)]"));
        var wrong = new StepOptions(isStep: true) { Retries = 3 };

        var error = Assert.Throws<InvalidOperationException>(() => StepReader.CrossCheck(method, wrong, symbols));
        Assert.Contains("retries=3", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => StepReader.CrossCheck(method, StepOptions.NotAStep, symbols));
    }
}
