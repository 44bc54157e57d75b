using Microsoft.CodeAnalysis;

namespace Weft.Generators;

/// <summary>Every diagnostic the generator reports (WEFT0xxx: pipeline structure). IDs are stable and never reused.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Weft.Pipeline";
    // Repository-relative: every ID has its page under docs/diagnostics/ in the Weft repository.
    private const string HelpBase = "docs/diagnostics/";

    public const string GeneratorFailureId = "WEFT0000";
    public const string PipelineMustBeStaticPartialId = "WEFT0001";
    public const string PipelineHasNoDefineId = "WEFT0002";
    public const string DuplicateDefineId = "WEFT0003";
    public const string InvalidDefineSignatureId = "WEFT0004";
    public const string UnsupportedBodyConstructId = "WEFT0005";
    public const string UnsupportedArgumentId = "WEFT0006";
    public const string CallIsNotAStepId = "WEFT0007";
    public const string NonSerializableArtifactId = "WEFT0008";
    public const string UnsupportedStepSignatureId = "WEFT0009";
    public const string UnsupportedParameterTypeId = "WEFT0010";
    public const string DuplicateStepNameId = "WEFT0011";
    public const string AsyncStepNotAwaitedId = "WEFT0012";
    public const string PipelineMustBeTopLevelId = "WEFT0013";
    public const string InvalidStepOptionId = "WEFT0014";
    public const string WholeTupleOutputUsedId = "WEFT0015";
    public const string DuplicatePipelineNameId = "WEFT0016";
    public const string EntrypointConflictsWithMainId = "WEFT0017";
    public const string EntrypointNeedsCliId = "WEFT0018";
    public const string InvalidPipelineNameId = "WEFT0019";

    /// <summary>"The Weft generator could not process this declaration: {0} …".</summary>
    public static readonly DiagnosticDescriptor GeneratorFailure = Create(GeneratorFailureId,
        "The Weft generator failed on this declaration",
        "The Weft generator could not process this declaration: {0}; please report it with the code that triggers it");

    /// <summary>"Pipeline class '{0}' must be declared 'static partial'".</summary>
    public static readonly DiagnosticDescriptor PipelineMustBeStaticPartial = Create(PipelineMustBeStaticPartialId,
        "Pipeline class must be static partial",
        "Pipeline class '{0}' must be declared 'static partial'");

    /// <summary>"Pipeline '{0}' has no 'Define' method …".</summary>
    public static readonly DiagnosticDescriptor PipelineHasNoDefine = Create(PipelineHasNoDefineId,
        "Pipeline has no Define method",
        "Pipeline '{0}' has no 'Define' method: add 'static void Define(...)' or 'static async Task Define(...)' whose body calls the steps");

    /// <summary>"Pipeline '{0}' declares more than one 'Define' method; keep exactly one".</summary>
    public static readonly DiagnosticDescriptor DuplicateDefine = Create(DuplicateDefineId,
        "Pipeline has more than one Define method",
        "Pipeline '{0}' declares more than one 'Define' method; keep exactly one");

    /// <summary>"'Define' of pipeline '{0}' {1}".</summary>
    public static readonly DiagnosticDescriptor InvalidDefineSignature = Create(InvalidDefineSignatureId,
        "Define has an unsupported signature",
        "'Define' of pipeline '{0}' {1}; declare it 'static void Define(...)' or 'static async Task Define(...)'");

    /// <summary>"Pipeline '{0}': {1} is not supported in a 'Define' body …".</summary>
    public static readonly DiagnosticDescriptor UnsupportedBodyConstruct = Create(UnsupportedBodyConstructId,
        "Unsupported construct in a pipeline body",
        "Pipeline '{0}': {1} is not supported in a 'Define' body; use 'var x = Step(...);', 'var (a, b) = Step(...);' or 'Step(...);'");

    /// <summary>"Argument '{0}' for parameter '{1}' of step '{2}' is not a step output, a pipeline parameter or a compile-time constant".</summary>
    public static readonly DiagnosticDescriptor UnsupportedArgument = Create(UnsupportedArgumentId,
        "Step argument is not an output, a parameter or a constant",
        "Argument '{0}' for parameter '{1}' of step '{2}' is not a step output, a pipeline parameter or a compile-time constant");

    /// <summary>"'{0}' is not a step: mark it [Step] or move the call into a step".</summary>
    public static readonly DiagnosticDescriptor CallIsNotAStep = Create(CallIsNotAStepId,
        "Call to a method that is not a step",
        "'{0}' is not a step: mark it [Step] or move the call into a step");

    /// <summary>"Step '{0}' output '{1}' of type '{2}' cannot be stored: {3} …".</summary>
    public static readonly DiagnosticDescriptor NonSerializableArtifact = Create(NonSerializableArtifactId,
        "Artifact type cannot be serialized",
        "Step '{0}' output '{1}' of type '{2}' cannot be stored: {3}; give the type [Materializer(typeof(...))] or add [assembly: Materializer(typeof({2}), typeof(...))]");

    /// <summary>"Step '{0}' has an unsupported signature: {1}".</summary>
    public static readonly DiagnosticDescriptor UnsupportedStepSignature = Create(UnsupportedStepSignatureId,
        "Step has an unsupported signature",
        "Step '{0}' has an unsupported signature: {1}");

    /// <summary>"{0} '{1}' has unsupported type '{2}' …".</summary>
    public static readonly DiagnosticDescriptor UnsupportedParameterType = Create(UnsupportedParameterTypeId,
        "Unsupported parameter type",
        "{0} '{1}' has unsupported type '{2}'; use a primitive, string, enum, DataFile, a nullable of these, or an array of these");

    /// <summary>"Pipeline '{0}' has two different steps named '{1}' ({2} and {3}) …".</summary>
    public static readonly DiagnosticDescriptor DuplicateStepName = Create(DuplicateStepNameId,
        "Two different steps share a name",
        "Pipeline '{0}' has two different steps named '{1}' ({2} and {3}); rename one with [Step(Name = \"...\")]");

    /// <summary>"Call to async step '{0}' must be awaited in 'Define'".</summary>
    public static readonly DiagnosticDescriptor AsyncStepNotAwaited = Create(AsyncStepNotAwaitedId,
        "Async step call is not awaited",
        "Call to async step '{0}' must be awaited in 'Define'");

    /// <summary>"Pipeline class '{0}' must be a non-generic top-level class …".</summary>
    public static readonly DiagnosticDescriptor PipelineMustBeTopLevel = Create(PipelineMustBeTopLevelId,
        "Pipeline class must be top-level and non-generic",
        "Pipeline class '{0}' must be a non-generic class declared directly in a namespace: {1}");

    /// <summary>"Step '{0}': {1}".</summary>
    public static readonly DiagnosticDescriptor InvalidStepOption = Create(InvalidStepOptionId,
        "Invalid step option",
        "Step '{0}': {1}");

    /// <summary>"Local '{0}' holds every output of step '{1}' …".</summary>
    public static readonly DiagnosticDescriptor WholeTupleOutputUsed = Create(WholeTupleOutputUsedId,
        "A step's whole tuple is passed on",
        "Local '{0}' holds every output of step '{1}'; pass one output ('{0}.{2}') or deconstruct it with 'var (...) = {3}(...)'");

    /// <summary>"Pipeline name '{0}' is used by both '{1}' and '{2}' …".</summary>
    public static readonly DiagnosticDescriptor DuplicatePipelineName = Create(DuplicatePipelineNameId,
        "Two pipelines share a name",
        "Pipeline name '{0}' is used by both '{1}' and '{2}'; pipelines are found by name, so give one [Pipeline(Name = \"...\")]");

    /// <summary>"The project sets WeftEntrypoint, but {0} already is the program's entry point …".</summary>
    public static readonly DiagnosticDescriptor EntrypointConflictsWithMain = Create(EntrypointConflictsWithMainId,
        "The project already has an entry point",
        "The project sets WeftEntrypoint, but {0} already is the program's entry point; remove it, or remove <WeftEntrypoint>true</WeftEntrypoint> and call Weft.Cli.WeftCommandLine.RunAsync(args) from it");

    /// <summary>"The project sets WeftEntrypoint, but it does not reference Weft.Cli …".</summary>
    public static readonly DiagnosticDescriptor EntrypointNeedsCli = Create(EntrypointNeedsCliId,
        "The generated entry point needs Weft.Cli",
        "The project sets WeftEntrypoint, but it does not reference Weft.Cli, which the generated Main calls; reference the Weft package (it brings Weft.Cli) or the Weft.Cli project");

    /// <summary>"Pipeline name '{0}' of '{1}' must start with a letter or '_' …".</summary>
    public static readonly DiagnosticDescriptor InvalidPipelineName = Create(InvalidPipelineNameId,
        "Invalid pipeline name",
        "Pipeline name '{0}' of '{1}' must start with a letter or '_' and hold only letters, digits, '_', '-' or '.'");

    private static DiagnosticDescriptor Create(string id, string title, string message) => new(
        id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: HelpBase + id + ".md");
}
