using System.Globalization;
using Weft;

namespace Weft.Cli.TestApp;

/// <summary>A model file and a model folder written by one step and read by another, as frameworks save models.</summary>
[Pipeline]
public static partial class ModelFiles
{
    static void Define(int size = 8, bool forget = false)
    {
        var model = Train(size, forget);
        var saved = Export(size);
        Evaluate(model, saved);
    }

    [Step]
    static ArtifactFile Train(int size, bool forget)
    {
        var model = ArtifactFile.Create("model.bin");
        if (!forget)
        {
            File.WriteAllBytes(model.Path, [.. Enumerable.Range(0, size).Select(i => (byte)(i * 3))]);
        }

        return model;
    }

    [Step]
    static ArtifactDirectory Export(int size)
    {
        var saved = ArtifactDirectory.Create("saved_model");
        Directory.CreateDirectory(Path.Combine(saved.Path, "variables"));
        File.WriteAllText(Path.Combine(saved.Path, "variables", "variables.index"), size.ToString(CultureInfo.InvariantCulture));
        return saved;
    }

    [Step]
    static string Evaluate(ArtifactFile model, ArtifactDirectory saved)
        => string.Create(CultureInfo.InvariantCulture,
            $"{model.Name}:{File.ReadAllBytes(model.Path).Sum(b => b)}:{saved.Name}:{File.ReadAllText(Path.Combine(saved.Path, "variables", "variables.index"))}");
}
