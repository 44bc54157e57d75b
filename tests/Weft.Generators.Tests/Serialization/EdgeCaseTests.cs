namespace Weft.Generators.Tests.Serialization;

public class EdgeCaseTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        namespace Demo;

        public sealed class Legacy
        {
            [Obsolete("use Modern")] public int Old { get; set; }
            public int Modern { get; set; }
        }

        [Obsolete("kept for old runs")]
        public sealed record Retired(int Value);

        public sealed record UsesRetired(
        #pragma warning disable CS0618
            Retired Retired
        #pragma warning restore CS0618
        );

        public sealed partial class WithPartial
        {
            public partial int Size { get; set; }
        }

        public sealed partial class WithPartial
        {
            private int _size;
            public partial int Size { get => _size; set => _size = value; }
        }

        public sealed class Fields
        {
            public Fields(int id) => Id = id;
            public readonly int Id;
            public string Label = "";
            public const int Version = 2;
            public static int Shared;
        }

        public sealed class Hiding : HidingBase
        {
            public new string Value { get; set; } = "";
        }

        public class HidingBase
        {
            public int Value { get; set; }
            public int Other { get; set; }
        }

        public struct Guarded
        {
            private Guarded(int unused) { Value = unused; }
            public Guarded() { Value = 1; }
            public int Value { get; set; }
        }

        public sealed class Overriding : Virtual
        {
            public override int Size { get => base.Size; }
        }

        public class Virtual
        {
            public virtual int Size { get; set; }
        }

        public static class Samples
        {
        #pragma warning disable CS0618
            public static Legacy Legacy() => new() { Old = 1, Modern = 2 };
            public static UsesRetired UsesRetired() => new(new Retired(3));
        #pragma warning restore CS0618
            public static WithPartial WithPartial() => new() { Size = 4 };
            public static Fields Fields() => new(5) { Label = "l" };
            public static Hiding Hiding() => new() { Value = "v", Other = 6 };
            public static Overriding Overriding() => new() { Size = 7 };
        }
        """;

    private static readonly string[] s_types = ["Demo.Legacy", "Demo.UsesRetired", "Demo.WithPartial", "Demo.Fields", "Demo.Hiding", "Demo.Guarded", "Demo.Overriding"];

    private static readonly Lazy<SerializerHarness> s_harness = new(() => SerializerHarness.Create(Source, s_types));

    private static string Json(int index, string sample) => s_harness.Value.RoundTrip(index, s_harness.Value.Call("Demo.Samples", sample)).Json;

    [Fact]
    public void Obsolete_members_and_types_still_round_trip_without_warnings()
    {
        Assert.Equal("{\"Old\":1,\"Modern\":2}", Json(0, "Legacy"));
        Assert.Equal("{\"Retired\":{\"Value\":3}}", Json(1, "UsesRetired"));
    }

    [Fact]
    public void Partial_properties_with_bodies_are_settable_members()
        => Assert.Equal("{\"Size\":4}", Json(2, "WithPartial"));

    [Fact]
    public void Public_fields_are_members_and_constants_and_statics_are_not()
        => Assert.Equal("{\"Id\":5,\"Label\":\"l\"}", Json(3, "Fields"));

    [Fact]
    public void A_hiding_member_replaces_the_base_one()
        => Assert.Equal("{\"Other\":6,\"Value\":\"v\"}", Json(4, "Hiding"));

    [Fact]
    public void A_getter_only_override_keeps_the_base_setter()
        => Assert.Equal("{\"Size\":7}", Json(6, "Overriding"));

    [Fact]
    public void A_struct_with_an_accessible_parameterless_constructor_is_built_through_it()
        => Assert.Equal("{\"Value\":9}", s_harness.Value.Write(5, s_harness.Value.Read(5, "{\"Value\":9}")));
}
