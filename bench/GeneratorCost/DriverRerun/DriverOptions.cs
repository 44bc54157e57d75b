using System.Globalization;

namespace DriverRerun;

/// <summary>Command line: the synthetic sources, the assemblies to load, and how many reruns to time.</summary>
internal sealed record DriverOptions(
    string SourceDirectory,
    string WeftAssembly,
    string WeftGenerator,
    string WeftGeneratorType,
    string? JsonGenerator,
    int Iterations,
    int FullRuns,
    string? MarkdownPath,
    bool VerifyCompilation,
    int? FirstRunOnly,
    int? ProfileRuns = null,
    string? OrderProbe = null,
    int ProbeRounds = 1)
{
    public const string Usage =
        "usage: DriverRerun --sources DIR --weft Weft.dll --generator Weft.Generators.dll [--generator-type Weft.Generators.PipelineGenerator] " +
        "[--stj System.Text.Json.SourceGeneration.dll] " +
        "[--iterations 15] [--full-runs 5] [--markdown FILE] [--verify] [--profile-runs N] [--order-probe wsp] [--probe-rounds 1]";

    public static DriverOptions Parse(string[] args)
    {
        string? sources = null, weft = null, generator = null, json = null, markdown = null;
        var generatorType = GeneratorLoader.WeftGeneratorType;
        int iterations = 15, fullRuns = 5, probeRounds = 1;
        int? firstRunOnly = null, profileRuns = null;
        string? orderProbe = null;
        var verify = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--verify")
            {
                verify = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n{Usage}");
            switch (args[i - 1])
            {
                case "--sources": sources = value; break;
                case "--weft": weft = value; break;
                case "--generator": generator = value; break;
                case "--generator-type": generatorType = value; break;
                case "--stj": json = value; break;
                case "--markdown": markdown = value; break;
                case "--iterations": iterations = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--full-runs": fullRuns = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--profile-runs": profileRuns = int.Parse(value, CultureInfo.InvariantCulture); break;
                case DriverRerun.OrderProbe.Option: orderProbe = value; break;
                case "--probe-rounds": probeRounds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case FirstRunProbe.Option: firstRunOnly = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i - 1]}\n{Usage}");
            }
        }

        if (sources is null || weft is null || generator is null || iterations < 1 || fullRuns < 1)
        {
            throw new ArgumentException(Usage);
        }

        return new DriverOptions(sources, weft, generator, generatorType, json, iterations, fullRuns, markdown, verify, firstRunOnly, profileRuns, orderProbe, probeRounds);
    }
}
