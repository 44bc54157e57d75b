using Microsoft.CodeAnalysis;

namespace Weft.Generators.Tests.Robustness;

/// <summary>Every sign that a generator failed instead of explaining the input: an escaped exception or an internal-error diagnostic.</summary>
public static class GeneratorFailures
{
    /// <summary>The diagnostic the generator reports when its own guard caught an exception.</summary>
    public const string GeneratorFailedId = "WEFT0000";

    /// <summary>The compiler's "generator threw" warning.</summary>
    public const string GeneratorThrewId = "CS8785";

    /// <summary>Descriptions of the failures in <paramref name="result"/>; empty when the generator coped.</summary>
    public static IReadOnlyList<string> Find(GeneratorDriverRunResult result)
    {
        var failures = new List<string>();
        foreach (var generator in result.Results)
        {
            if (generator.Exception is { } exception)
            {
                failures.Add($"{generator.Generator.GetGeneratorType().Name} threw: {exception}");
            }

            foreach (var source in generator.GeneratedSources)
            {
                // The emitter's guard writes an #error instead of crashing; the model it was given was broken.
                if (source.SourceText.ToString().Contains("#error Weft generator failed", StringComparison.Ordinal))
                {
                    failures.Add($"emission of {source.HintName} failed: {source.SourceText.Lines.First(l => l.ToString().StartsWith("#error", StringComparison.Ordinal))}");
                }
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id is GeneratorFailedId or GeneratorThrewId)
            {
                failures.Add(diagnostic.ToString());
            }
            else if (diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("the generator could not analyze it", StringComparison.Ordinal))
            {
                // ArtifactTypeParser turns its own exceptions into a WEFT0008 reason; that is a crash too.
                failures.Add(diagnostic.ToString());
            }
        }

        return failures;
    }
}
