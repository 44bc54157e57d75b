namespace Weft.Tests.Execution;

/// <summary>A serializer the in-process executor never calls: definitions need one per output and parameter.</summary>
internal sealed class FakeSerializer : IArtifactSerializer
{
    public static FakeSerializer Instance { get; } = new();

    public string Schema => "fake";

    public string SchemaFingerprint => "0000000000000000";

    public ValueTask WriteObjectAsync(object? value, Stream destination, CancellationToken cancellationToken)
        => throw new NotSupportedException("The in-process executor must not serialize.");

    public ValueTask<object?> ReadObjectAsync(Stream source, CancellationToken cancellationToken)
        => throw new NotSupportedException("The in-process executor must not deserialize.");
}
