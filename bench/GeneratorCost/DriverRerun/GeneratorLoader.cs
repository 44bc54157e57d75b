using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace DriverRerun;

/// <summary>Loads incremental generators from their DLLs, as the compiler does, rather than compiling against them.</summary>
internal static class GeneratorLoader
{
    public const string WeftGeneratorType = "Weft.Generators.PipelineGenerator";
    public const string JsonGeneratorType = "System.Text.Json.SourceGeneration.JsonSourceGenerator";

    public static ISourceGenerator Load(string assemblyPath, string typeName)
        => Create(Assembly.LoadFrom(Path.GetFullPath(assemblyPath)), typeName);

    /// <summary>A new copy of the generator in a load context of its own: its code has not run (nor been JIT-compiled) yet.</summary>
    public static ISourceGenerator LoadFresh(string assemblyPath, string typeName)
    {
        var path = Path.GetFullPath(assemblyPath);
        return Create(new IsolatedLoadContext(Path.GetDirectoryName(path)!).LoadFromAssemblyPath(path), typeName);
    }

    private static ISourceGenerator Create(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)
            ?? throw new InvalidOperationException($"cannot create {typeName}");
        return instance switch
        {
            IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
            ISourceGenerator generator => generator,
            _ => throw new InvalidOperationException($"{typeName} is not a source generator"),
        };
    }

    /// <summary>
    /// The System.Text.Json generator of the running .NET's targeting pack (the one a net10.0 build passes to csc),
    /// found from the runtime's own location: DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
    /// </summary>
    public static string FindJsonGenerator()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var candidates = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(dir => (Version: Version.TryParse(Path.GetFileName(dir), out var v) ? v : null,
                    Path: Path.Combine(dir, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll")))
                .Where(c => c.Version?.Major == Environment.Version.Major && File.Exists(c.Path))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Path)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new FileNotFoundException($"no System.Text.Json.SourceGeneration.dll under {packs}; pass --stj PATH");
    }
}
