using System.Text.Json.Serialization;

namespace Weft.Kubernetes.Manifests;

/// <summary>Source-generated JSON metadata for the strings templates quote (no reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
