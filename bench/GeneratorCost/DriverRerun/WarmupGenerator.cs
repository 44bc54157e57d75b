using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DriverRerun;

/// <summary>
/// A generator that matches nothing, run once on a one-file compilation before any timing, so that JIT-compiling the
/// driver and ForAttributeWithMetadataName machinery is not charged to whichever real generator happens to run first.
/// </summary>
internal sealed class WarmupGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var matches = context.SyntaxProvider.ForAttributeWithMetadataName(
            "DriverRerun.NoSuchAttribute",
            static (node, _) => node is not null,
            static (ctx, _) => ctx.TargetSymbol.Name);
        context.RegisterSourceOutput(matches.Collect(), static (spc, names) => spc.AddSource("Warmup.g.cs", $"// {names.Length}\n"));
    }

    public static void Run()
    {
        var compilation = CSharpCompilation.Create(
            "Warmup",
            [CSharpSyntaxTree.ParseText("namespace W; [System.Obsolete] internal static class C { public static int M() => 1; }", SyntheticCompilation.ParseOptions)],
            Basic.Reference.Assemblies.Net100.References.All);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new WarmupGenerator().AsSourceGenerator()], parseOptions: SyntheticCompilation.ParseOptions);
        driver = driver.RunGenerators(compilation);
        driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class D { }", SyntheticCompilation.ParseOptions)));
    }
}
