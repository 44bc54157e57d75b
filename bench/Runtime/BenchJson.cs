using System.Text.Json.Serialization;

namespace RuntimeBench;

[JsonSerializable(typeof(CaseResult))]
internal sealed partial class BenchJson : JsonSerializerContext;
