using System.Globalization;

namespace MakeProject;

/// <summary>Command line: where to write, where the Weft repository is, and how many pipelines of how many steps.</summary>
internal sealed record Options(string OutputDirectory, string RepositoryRoot, int Pipelines, int StepsPerPipeline)
{
    public static Options Parse(string[] args)
    {
        string? output = null, repo = null;
        int pipelines = 50, steps = 20;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--out": output = value; break;
                case "--repo": repo = value; break;
                case "--pipelines": pipelines = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--steps": steps = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        if (output is null || repo is null)
        {
            throw new ArgumentException("usage: MakeProject --out DIR --repo WEFT_REPO_ROOT [--pipelines 50] [--steps 20]");
        }

        if (pipelines is < 1 or > 999 || steps is < 2 or > 99)
        {
            throw new ArgumentException("--pipelines must be 1..999 and --steps 2..99");
        }

        return new Options(Path.GetFullPath(output), Path.GetFullPath(repo), pipelines, steps);
    }
}
