using Microsoft.CodeAnalysis;

namespace Weft.Analyzers;

/// <summary>Every reproducibility diagnostic (WEFT1xxx). IDs are stable and never reused.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Weft.Reproducibility";
    // Repository-relative, like the generator's: every ID has its page under docs/diagnostics/.
    private const string HelpBase = "docs/diagnostics/";

    public const string WallClockId = "WEFT1001";
    public const string UnseededRandomnessId = "WEFT1002";
    public const string NewGuidId = "WEFT1003";
    public const string EnvironmentId = "WEFT1004";
    public const string FileSystemReadId = "WEFT1005";
    public const string NetworkId = "WEFT1006";
    public const string ProcessLaunchId = "WEFT1007";
    public const string MutableStaticStateId = "WEFT1008";
    public const string OrderDependentConcurrencyId = "WEFT1009";
    public const string PersistedHashCodeId = "WEFT1010";

    // Message arguments, for every rule: {0} the step's name, {1} the call path ("" or "calls Helper(), which "), {2} the culprit.

    /// <summary>"step '{0}' {1}reads {2}; use Step.Now".</summary>
    public static readonly DiagnosticDescriptor WallClock = Create(WallClockId,
        "Step reads the wall clock",
        "step '{0}' {1}reads {2}; use Step.Now");

    /// <summary>"step '{0}' {1}uses unseeded randomness ({2}); use Step.Random or seed it from Step.Seed".</summary>
    public static readonly DiagnosticDescriptor UnseededRandomness = Create(UnseededRandomnessId,
        "Step uses unseeded randomness",
        "step '{0}' {1}uses unseeded randomness ({2}); use Step.Random or seed it from Step.Seed");

    /// <summary>"step '{0}' {1}calls {2}; use Step.NewGuid()".</summary>
    public static readonly DiagnosticDescriptor NewGuid = Create(NewGuidId,
        "Step creates a random GUID",
        "step '{0}' {1}calls {2}; use Step.NewGuid()");

    /// <summary>"step '{0}' {1}reads {2}; make it a pipeline parameter".</summary>
    public static readonly DiagnosticDescriptor Environment = Create(EnvironmentId,
        "Step reads the machine's environment",
        "step '{0}' {1}reads {2}; make it a pipeline parameter");

    /// <summary>"step '{0}' {1}reads a file that is not an input ({2}); take it as a DataFile parameter".</summary>
    public static readonly DiagnosticDescriptor FileSystemRead = Create(FileSystemReadId,
        "Step reads a file that is not an input",
        "step '{0}' {1}reads a file that is not an input ({2}); take it as a DataFile parameter");

    /// <summary>"step '{0}' {1}uses the network ({2}); make the data an input: a DataFile, or the output of a step that fetches it".</summary>
    public static readonly DiagnosticDescriptor Network = Create(NetworkId,
        "Step uses the network",
        "step '{0}' {1}uses the network ({2}); make the data an input: a DataFile, or the output of a step that fetches it");

    /// <summary>"step '{0}' {1}starts a process ({2}); do the work in the step's code, or make its result an input".</summary>
    public static readonly DiagnosticDescriptor ProcessLaunch = Create(ProcessLaunchId,
        "Step starts a process",
        "step '{0}' {1}starts a process ({2}); do the work in the step's code, or make its result an input");

    /// <summary>"step '{0}' {1}uses mutable static state ({2}); pass the value in as a parameter or an artifact".</summary>
    public static readonly DiagnosticDescriptor MutableStaticState = Create(MutableStaticStateId,
        "Step uses mutable static state",
        "step '{0}' {1}uses mutable static state ({2}); pass the value in as a parameter or an artifact");

    /// <summary>"step '{0}' {1}depends on thread scheduling through {2}; make the order explicit".</summary>
    public static readonly DiagnosticDescriptor OrderDependentConcurrency = Create(OrderDependentConcurrencyId,
        "Step depends on thread scheduling",
        "step '{0}' {1}depends on thread scheduling through {2}; make the order explicit");

    /// <summary>"step '{0}' {1}keeps {2}, which differs between processes; use a stable hash (SHA256, XxHash64) of the value's bytes".</summary>
    public static readonly DiagnosticDescriptor PersistedHashCode = Create(PersistedHashCodeId,
        "Step keeps a per-process hash code",
        "step '{0}' {1}keeps {2}, which differs between processes; use a stable hash (SHA256, XxHash64) of the value's bytes");

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id + ".md",
            // Calls are followed across methods, so findings are reported once the whole compilation has been seen.
            customTags: WellKnownDiagnosticTags.CompilationEnd);
}
