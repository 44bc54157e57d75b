using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>The framework members whose value differs between runs or machines, resolved once per compilation.</summary>
internal sealed class NondeterminismCatalog
{
    private readonly INamedTypeSymbol? _dateTime;
    private readonly INamedTypeSymbol? _dateTimeOffset;
    private readonly INamedTypeSymbol? _environment;
    private readonly INamedTypeSymbol? _random;
    private readonly INamedTypeSymbol? _guid;
    private readonly INamedTypeSymbol? _timeProvider;
    private readonly INamedTypeSymbol? _randomNumberGenerator;
    // Matched by name so that the analyzer needs no ML.NET reference; a project without ML.NET resolves it to null.
    private readonly INamedTypeSymbol? _mlContext;
    private readonly FileSystemReads _fileSystem;
    private readonly NetworkCalls _network;
    private readonly ProcessLaunches _processes;
    private readonly MutableStaticState _statics;
    private readonly ConcurrencyCatalog _concurrency;
    private readonly HashCodeCatalog _hashCodes;

    public NondeterminismCatalog(Compilation compilation)
    {
        _dateTime = compilation.GetTypeByMetadataName("System.DateTime");
        _dateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        _environment = compilation.GetTypeByMetadataName("System.Environment");
        _random = compilation.GetTypeByMetadataName("System.Random");
        _guid = compilation.GetTypeByMetadataName("System.Guid");
        _timeProvider = compilation.GetTypeByMetadataName("System.TimeProvider");
        _randomNumberGenerator = compilation.GetTypeByMetadataName("System.Security.Cryptography.RandomNumberGenerator");
        _mlContext = compilation.GetTypeByMetadataName("Microsoft.ML.MLContext");
        Paths = new PathTracer(compilation);
        _fileSystem = new FileSystemReads(compilation, Paths);
        _network = new NetworkCalls(compilation);
        _processes = new ProcessLaunches(compilation);
        _statics = new MutableStaticState(compilation);
        _concurrency = new ConcurrencyCatalog(compilation);
        _hashCodes = new HashCodeCatalog(compilation);
    }

    /// <summary>Where paths come from, for the arguments of the calls the analyzer follows.</summary>
    public PathTracer Paths { get; }

    public Finding? Classify(IOperation operation) => (operation switch
    {
        IPropertyReferenceOperation property => ClassifyProperty(property),
        IInvocationOperation invocation => ClassifyInvocation(invocation),
        IObjectCreationOperation creation => ClassifyCreation(creation),
        _ => null,
    })
        ?? _fileSystem.Classify(operation)
        ?? _network.Classify(operation)
        ?? _processes.Classify(operation)
        ?? _statics.Classify(operation)
        ?? _concurrency.Classify(operation)
        ?? _hashCodes.Classify(operation);

    private Finding? ClassifyProperty(IPropertyReferenceOperation operation)
    {
        var property = operation.Property;
        if (!property.IsStatic)
        {
            return null;
        }

        var type = property.ContainingType;
        var location = operation.Syntax.GetLocation();
        if (Is(type, _dateTime) && property.Name is "Now" or "UtcNow" or "Today"
            || Is(type, _dateTimeOffset) && property.Name is "Now" or "UtcNow"
            || Is(type, _environment) && property.Name is "TickCount" or "TickCount64")
        {
            return new Finding(DiagnosticDescriptors.WallClock, location, type.Name + "." + property.Name);
        }

        if (Is(type, _random) && property.Name == "Shared")
        {
            return new Finding(DiagnosticDescriptors.UnseededRandomness, location, "Random.Shared");
        }

        if (Is(type, _environment) && property.Name is "MachineName" or "UserName" or "ProcessorCount")
        {
            return new Finding(DiagnosticDescriptors.Environment, location, "Environment." + property.Name);
        }

        return null;
    }

    private Finding? ClassifyInvocation(IInvocationOperation operation)
    {
        var method = operation.TargetMethod;
        var type = method.ContainingType;
        // A version 7 GUID is the clock plus random bits: new on every call, like NewGuid.
        if (Is(type, _guid) && method.Name is "NewGuid" or "CreateVersion7")
        {
            return new Finding(DiagnosticDescriptors.NewGuid, operation.Syntax.GetLocation(), "Guid." + method.Name + "()");
        }

        // TimeProvider.System is the machine's clock; a TimeProvider the step is handed (a test's fake) is not judged here.
        if (Is(type, _timeProvider) && method.Name is "GetUtcNow" or "GetLocalNow"
            && operation.Instance is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "System" } provider } && Is(provider.ContainingType, _timeProvider))
        {
            return new Finding(DiagnosticDescriptors.WallClock, operation.Syntax.GetLocation(), "TimeProvider.System." + method.Name + "()");
        }

        // Cryptographic randomness cannot be seeded at all.
        if (Is(type, _randomNumberGenerator) && method.IsStatic
            && method.Name is "GetInt32" or "GetBytes" or "Fill" or "GetItems" or "Shuffle" or "GetHexString" or "GetString" or "Create")
        {
            return new Finding(DiagnosticDescriptors.UnseededRandomness, operation.Syntax.GetLocation(), "RandomNumberGenerator." + method.Name + "()");
        }

        if (Is(type, _environment) && method.Name is "GetEnvironmentVariable" or "GetEnvironmentVariables")
        {
            return new Finding(DiagnosticDescriptors.Environment, operation.Syntax.GetLocation(), "Environment." + method.Name + "()");
        }

        return null;
    }

    private Finding? ClassifyCreation(IObjectCreationOperation operation)
    {
        var type = operation.Type;
        if (Is(type, _random) && operation.Arguments.Length == 0)
        {
            return new Finding(DiagnosticDescriptors.UnseededRandomness, operation.Syntax.GetLocation(), "new Random()");
        }

        if (Is(type, _mlContext) && !HasSeed(operation))
        {
            return new Finding(DiagnosticDescriptors.UnseededRandomness, operation.Syntax.GetLocation(), "new MLContext() without a seed");
        }

        return null;
    }

    private static bool HasSeed(IObjectCreationOperation operation)
    {
        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter?.Name != "seed")
            {
                continue;
            }

            // An omitted optional seed shows up as its default value (null): MLContext then seeds from the clock.
            return argument.ArgumentKind != ArgumentKind.DefaultValue
                && !(argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is null);
        }

        return false;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}
