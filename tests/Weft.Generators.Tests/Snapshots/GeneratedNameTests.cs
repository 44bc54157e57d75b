using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Weft.Generators.Tests.Infrastructure;

namespace Weft.Generators.Tests.Snapshots;

/// <summary>
/// Names and values that the user chooses and the generator writes into code: whatever they are, the generated code
/// must compile without a warning (documentation checks on), or the generator must say what is wrong with them.
/// </summary>
public sealed class GeneratedNameTests
{
    [Theory]
    [InlineData("__value")]
    [InlineData("__ct")]
    [InlineData("__args")]
    [InlineData("__result")]
    [InlineData("@event")]
    [InlineData("global")]
    [InlineData("PipelineRunner")]
    public void DefineParameter_NamedLikeGeneratedCode_Compiles(string name)
        => AssertCompilesOrIsReported(Pipeline($"static void Define(int {name}) => Step({name});"));

    [Theory]
    [InlineData("__arguments")]
    public void DefineParameter_NamedLikeTheArgumentsLocal_Compiles(string name)
        => AssertCompilesOrIsReported(Pipeline($"static void Define(int {name}) => Step({name});"));

    [Theory]
    [InlineData("Definition")]
    public void DefineParameter_NamedDefinition_Compiles(string name)
        => AssertCompilesOrIsReported(Pipeline($"static void Define(int {name}) => Step({name});"));

    [Fact]
    public void PipelineName_WithQuoteAndBackslash_CompilesOrIsReported()
        => AssertCompilesOrIsReported(Pipeline("static void Define(int x) => Step(x);", "[Pipeline(Name = \"a\\\"b\\\\c\")]"));

    [Fact]
    public void PipelineName_WithXmlCharacters_CompilesOrIsReported()
        => AssertCompilesOrIsReported(Pipeline("static void Define(int x) => Step(x);", "[Pipeline(Name = \"x<y & z\")]"));

    [Fact]
    public void ObliviousReferenceParameter_DefaultingToNull_Compiles()
        => AssertCompilesOrIsReported("#nullable disable\n" + Pipeline("static void Define(string tag = null) => Text(tag);"));

    [Fact]
    public void AnnotatedReferenceParameter_DefaultingToNull_Compiles()
        => AssertCompilesOrIsReported(Pipeline("static void Define(string? tag = null) => Text(tag);", text: "string? tag"));

    private static string Pipeline(string define, string attribute = "[Pipeline]", string text = "string tag") => $$"""
        using Weft;

        namespace Demo;

        /// <summary>A pipeline.</summary>
        {{attribute}}
        public static partial class Names
        {
            {{define}}

            [Step] static int Step(int value) => value;

            [Step] static string Text({{text}}) => tag + "!";
        }
        """;

    private static void AssertCompilesOrIsReported(string source)
    {
        // Documentation checks on, as in a project that sets GenerateDocumentationFile.
        var options = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create("Names", [CSharpSyntaxTree.ParseText(source, options, "Names.cs")], GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        var driver = CSharpGeneratorDriver.Create([new PipelineGenerator().AsSourceGenerator()], parseOptions: options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var reported);

        if (reported.Any(d => d.Id.StartsWith("WEFT", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error))
        {
            return;
        }

        var problems = output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();
        Assert.True(problems.Count == 0, "No WEFT error, yet the output has diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
