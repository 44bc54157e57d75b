using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

/// <summary>Well-known symbols, resolved once per compilation and shared by its transforms. Never stored in a model.</summary>
internal sealed class WeftSymbols
{
    // Every pipeline and every step asks for the same nine types; one lookup per compilation is enough.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, WeftSymbols> s_byCompilation = new();

    public const string PipelineAttributeName = "Weft.PipelineAttribute";
    public const string StepAttributeName = "Weft.StepAttribute";
    public const string ResourcesAttributeName = "Weft.ResourcesAttribute";
    public const string ImageAttributeName = "Weft.ImageAttribute";

    private WeftSymbols(Compilation compilation)
    {
        Compilation = compilation;
        StepAttribute = compilation.GetTypeByMetadataName(StepAttributeName);
        ResourcesAttribute = compilation.GetTypeByMetadataName(ResourcesAttributeName);
        ImageAttribute = compilation.GetTypeByMetadataName(ImageAttributeName);
        ScheduleAttribute = compilation.GetTypeByMetadataName("Weft.ScheduleAttribute");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        AttributeNames = new AttributeNameScopes(compilation, this);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol? StepAttribute { get; }

    public INamedTypeSymbol? ResourcesAttribute { get; }

    public INamedTypeSymbol? ImageAttribute { get; }

    public INamedTypeSymbol? ScheduleAttribute { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>What attribute names mean in this compilation, for reading step options from syntax.</summary>
    public AttributeNameScopes AttributeNames { get; }

    public static WeftSymbols Create(Compilation compilation) => s_byCompilation.GetValue(compilation, static c => new WeftSymbols(c));

    public static AttributeData? FindAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsCancellationToken(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, CancellationToken);
}
