using System.Globalization;

namespace MakeSynthetic;

/// <summary>Command line of the tool: where to write, how many pipelines, and where the Weft repository is.</summary>
internal sealed record SyntheticOptions(string OutputDirectory, string RepositoryRoot, int Pipelines, int TypesPerContext)
{
    public static SyntheticOptions Parse(string[] args)
    {
        string? output = null, repo = null;
        int pipelines = 100, typesPerContext = 100;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--out": output = value; break;
                case "--repo": repo = value; break;
                case "--pipelines": pipelines = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--types-per-context": typesPerContext = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }

            i++;
        }

        if (output is null || repo is null)
        {
            throw new ArgumentException("usage: MakeSynthetic --out DIR --repo WEFT_REPO_ROOT [--pipelines 100] [--types-per-context 100]");
        }

        if (pipelines < 1 || pipelines > 1000 || typesPerContext < JsonSource.TypesPerPipeline)
        {
            throw new ArgumentException($"--pipelines must be 1..1000 and --types-per-context at least {JsonSource.TypesPerPipeline}");
        }

        return new SyntheticOptions(Path.GetFullPath(output), Path.GetFullPath(repo), pipelines, typesPerContext);
    }
}
