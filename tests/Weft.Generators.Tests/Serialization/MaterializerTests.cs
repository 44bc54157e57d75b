using System.Text;

namespace Weft.Generators.Tests.Serialization;

public class MaterializerTests
{
    private const string Source = """
        #nullable enable
        using System.IO;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;

        [assembly: Materializer(typeof(StringBuilder), typeof(Demo.BuilderMaterializer))]
        [assembly: Materializer(typeof(Demo.Overridden), typeof(Demo.OverrideMaterializer))]

        namespace Demo;

        [Materializer(typeof(ModelMaterializer))]
        public sealed class Model
        {
            public Model(string weights) => Weights = weights;
            public string Weights { get; }
        }

        public sealed class ModelMaterializer : IMaterializer<Model>
        {
            public async ValueTask WriteAsync(Model value, Stream destination, CancellationToken ct)
                => await destination.WriteAsync(Encoding.UTF8.GetBytes("model:" + value.Weights), ct);

            public async ValueTask<Model> ReadAsync(Stream source, CancellationToken ct)
                => new Model((await new StreamReader(source).ReadToEndAsync(ct)).Substring(6));
        }

        public sealed class BuilderMaterializer : IMaterializer<StringBuilder>
        {
            public async ValueTask WriteAsync(StringBuilder value, Stream destination, CancellationToken ct)
                => await destination.WriteAsync(Encoding.UTF8.GetBytes(value.ToString()), ct);

            public async ValueTask<StringBuilder> ReadAsync(Stream source, CancellationToken ct)
                => new StringBuilder(await new StreamReader(source).ReadToEndAsync(ct));
        }

        // A record the generator could serialize itself: the assembly attribute wins.
        public sealed record Overridden(int Value);

        internal struct OverrideMaterializer : IMaterializer<Overridden>
        {
            public ValueTask WriteAsync(Overridden value, Stream destination, CancellationToken ct)
            {
                destination.WriteByte((byte)value.Value);
                return default;
            }

            public ValueTask<Overridden> ReadAsync(Stream source, CancellationToken ct) => new(new Overridden(source.ReadByte()));
        }

        public static class Samples
        {
            public static Model Model() => new("0.5,0.25");
            public static Overridden Overridden() => new(42);
        }
        """;

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, "Demo.Model", "System.Text.StringBuilder", "Demo.Overridden"));

    private static SerializerHarness Harness => s_harness.Value;

    [Fact]
    public void A_materializer_named_on_the_type_stores_the_artifact()
    {
        var (value, text) = Harness.RoundTrip(0, Harness.Call("Demo.Samples", "Model"));
        Assert.Equal("model:0.5,0.25", text);
        Assert.Equal("0.5,0.25", SerializerHarness.Get(value, "Weights"));
        Assert.Equal("materializer:Demo.ModelMaterializer", Harness.Serializer(0).Schema);
    }

    [Fact]
    public void An_assembly_attribute_names_a_materializer_for_a_third_party_type()
    {
        var (value, text) = Harness.RoundTrip(1, new StringBuilder("built"));
        Assert.Equal("built", text);
        Assert.Equal("built", value!.ToString());
        Assert.Equal("materializer:Demo.BuilderMaterializer", Harness.Serializer(1).Schema);
    }

    [Fact]
    public void An_assembly_attribute_overrides_the_generated_serializer()
    {
        Assert.Equal("*", Harness.RoundTrip(2, Harness.Call("Demo.Samples", "Overridden")).Json);
        Assert.Equal("materializer:Demo.OverrideMaterializer", Harness.Serializer(2).Schema);
    }

    private const string Broken = """
        #nullable enable
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;

        namespace Demo;

        [Materializer(typeof(ModelMaterializer))]
        public sealed class Model { public int Size { get; set; } }

        public sealed class ModelMaterializer : IMaterializer<Model>
        {
            public ValueTask WriteAsync(Model value, Stream destination, CancellationToken ct) => default;
            public ValueTask<Model> ReadAsync(Stream source, CancellationToken ct) => new(new Model());
        }

        public sealed record Holder(Model Model);

        [Materializer(typeof(ModelMaterializer))]
        public sealed class WrongTarget { }

        [Materializer(typeof(NoConstructorMaterializer))]
        public sealed class NeedsArguments { }

        public sealed class NoConstructorMaterializer : IMaterializer<NeedsArguments>
        {
            public NoConstructorMaterializer(int size) { }
            public ValueTask WriteAsync(NeedsArguments value, Stream destination, CancellationToken ct) => default;
            public ValueTask<NeedsArguments> ReadAsync(Stream source, CancellationToken ct) => new(new NeedsArguments());
        }

        [Materializer(typeof(AbstractMaterializer))]
        public sealed class Abstracted { }

        public abstract class AbstractMaterializer : IMaterializer<Abstracted>
        {
            public ValueTask WriteAsync(Abstracted value, Stream destination, CancellationToken ct) => default;
            public ValueTask<Abstracted> ReadAsync(Stream source, CancellationToken ct) => new(new Abstracted());
        }
        """;

    [Theory]
    [InlineData("Demo.Holder", "member 'Model' of type 'Demo.Model' has no serializer because its materializer 'Demo.ModelMaterializer' stores whole artifacts only")]
    [InlineData("System.Collections.Generic.List<Demo.Model>", "its element type 'Demo.Model' has no serializer because its materializer")]
    [InlineData("Demo.WrongTarget", "its materializer 'Demo.ModelMaterializer' does not implement IMaterializer<Demo.WrongTarget>")]
    [InlineData("Demo.NeedsArguments", "its materializer 'Demo.NoConstructorMaterializer' has no public parameterless constructor")]
    [InlineData("Demo.Abstracted", "its materializer 'Demo.AbstractMaterializer' is not a concrete class or struct")]
    public void Unusable_materializers_are_explained(string type, string expected)
        => Assert.Contains(expected, SerializerHarness.TryParse(Broken, type).Error, StringComparison.Ordinal);
}
