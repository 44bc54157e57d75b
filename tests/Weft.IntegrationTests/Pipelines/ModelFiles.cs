using Weft;

namespace Weft.IntegrationTests.Pipelines;

/// <summary>Steps that hand framework-style model files and folders to each other as <see cref="ArtifactFile"/>/<see cref="ArtifactDirectory"/>.</summary>
[Pipeline]
public static partial class ModelFiles
{
    static void Define(int size = 8, bool forget = false)
    {
        var model = Train(size, forget);
        var twin = Train(size, forget);
        var saved = Export(size);
        Evaluate(model, twin, saved);
    }

    [Step]
    static ArtifactFile Train(int size, bool forget)
    {
        var model = ArtifactFile.Create("model.bin");
        if (!forget)
        {
            File.WriteAllBytes(model.Path, Enumerable.Range(0, size).Select(i => (byte)(i * 3)).ToArray());
        }

        return model;
    }

    [Step]
    static ArtifactDirectory Export(int size)
    {
        var saved = ArtifactDirectory.Create("saved_model");
        File.WriteAllText(Path.Combine(saved.Path, "saved_model.pb"), new string('m', size));
        Directory.CreateDirectory(Path.Combine(saved.Path, "variables"));
        File.WriteAllText(Path.Combine(saved.Path, "variables", "variables.index"), size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return saved;
    }

    [Step]
    static string Evaluate(ArtifactFile model, ArtifactFile twin, ArtifactDirectory saved)
    {
        using var stream = File.OpenRead(model.Path);
        var sum = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            sum += b;
        }

        var index = File.ReadAllText(Path.Combine(saved.Path, "variables", "variables.index"));
        return $"{model.Name}:{sum}:{File.ReadAllBytes(twin.Path).Length}:{saved.Name}:{index}";
    }
}
