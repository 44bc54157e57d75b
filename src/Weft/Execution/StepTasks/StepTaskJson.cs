using System.Text.Json.Serialization;

namespace Weft;

/// <summary>Source-generated JSON for the step task and result files: no reflection, so it works trimmed and with Native AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(StepTask))]
[JsonSerializable(typeof(StepResult))]
[JsonSerializable(typeof(StandaloneRun))]
internal sealed partial class StepTaskJson : JsonSerializerContext;
