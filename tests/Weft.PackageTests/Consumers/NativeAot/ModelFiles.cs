using System.Globalization;
using Weft;

namespace NativeAotConsumer;

/// <summary>A model file and a model folder a step writes, stored and read back by another step in the native app.</summary>
[Pipeline]
public static partial class ModelFiles
{
    static void Define(int size = 8)
    {
        var model = Train(size);
        var saved = Export(size);
        Evaluate(model, saved);
    }

    [Step]
    static ArtifactFile Train(int size)
    {
        var model = ArtifactFile.Create("model.bin");
        File.WriteAllBytes(model.Path, [.. Enumerable.Range(0, size).Select(i => (byte)(i * 3))]);
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
