using Weft.Generators.Helpers;

namespace Weft.Generators.Model;

/// <summary>One call of a step in a <c>Define</c> body.</summary>
/// <remarks>Value-equal on purpose: see <see cref="PipelineSpec"/>.</remarks>
internal sealed record NodeSpec(
    string Name,
    string StepName,
    string MethodDisplay,
    string MethodReference,
    StepAsyncKind AsyncKind,
    bool ReturnsTuple,
    int ParameterCount,
    int CancellationTokenOrdinal,
    EquatableArray<InputSpec> Inputs,
    EquatableArray<OutputSpec> Outputs,
    string CodeFingerprint,
    int Retries,
    bool Cache,
    string? CacheVersion,
    ResourceSpec? Resources,
    string? Image,
    int TimeoutSeconds = 0);

/// <summary>How a step method completes.</summary>
internal enum StepAsyncKind
{
    Sync,
    Task,
    ValueTask,
}
