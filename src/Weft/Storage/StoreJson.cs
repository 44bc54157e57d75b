using System.Text.Json.Serialization;

namespace Weft.Storage;

/// <summary>Source-generated JSON for the few values the store serializes itself (no reflection, trimming-safe).</summary>
[JsonSerializable(typeof(string[][]), TypeInfoPropertyName = "StringArrayArray")]
internal sealed partial class StoreJson : JsonSerializerContext;
