using System.Text;
using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class MaterializerSerializerTests
{
    private sealed class Model(string weights)
    {
        public string Weights { get; } = weights;
    }

    private sealed class ModelMaterializer : IMaterializer<Model>
    {
        public async ValueTask WriteAsync(Model value, Stream destination, CancellationToken ct)
            => await destination.WriteAsync(Encoding.UTF8.GetBytes("MODEL:" + value.Weights), ct);

        public async ValueTask<Model> ReadAsync(Stream source, CancellationToken ct)
        {
            using var reader = new StreamReader(source);
            var text = await reader.ReadToEndAsync(ct);
            return text.StartsWith("MODEL:", StringComparison.Ordinal) ? new Model(text[6..]) : throw new ArtifactFormatException("not a model");
        }
    }

    [Fact]
    public async Task Values_go_through_the_materializer()
    {
        var serializer = new MaterializerSerializer<Model>(new ModelMaterializer(), "Demo.ModelMaterializer");
        using var stream = new MemoryStream();
        await serializer.WriteAsync(new Model("0.5,0.25"), stream, CancellationToken.None);
        Assert.Equal("MODEL:0.5,0.25", Encoding.UTF8.GetString(stream.ToArray()));

        stream.Position = 0;
        Assert.Equal("0.5,0.25", (await serializer.ReadAsync(stream, CancellationToken.None)).Weights);
    }

    [Fact]
    public void The_schema_names_the_materializer()
    {
        var serializer = new MaterializerSerializer<Model>(new ModelMaterializer(), "Demo.ModelMaterializer");
        Assert.Equal("materializer:Demo.ModelMaterializer", serializer.Schema);
        Assert.Equal(ArtifactSerializer<Model>.Fingerprint("materializer:Demo.ModelMaterializer"), serializer.SchemaFingerprint);
        Assert.NotEqual(serializer.SchemaFingerprint, new MaterializerSerializer<Model>(new ModelMaterializer(), "Demo.ModelMaterializerV2").SchemaFingerprint);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new MaterializerSerializer<Model>(null!, "M"));
        Assert.Throws<ArgumentException>(() => new MaterializerSerializer<Model>(new ModelMaterializer(), " "));
    }
}
