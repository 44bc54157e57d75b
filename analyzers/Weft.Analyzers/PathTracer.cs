using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Works out where a path comes from (a <see cref="PathOrigin"/>) by following it back through locals, <c>Path.Combine</c>,
/// <c>Path.GetDirectoryName</c>, <c>FileInfo</c>/<c>DirectoryInfo</c> and directory listings to a <c>DataFile</c> or a
/// parameter. Anything it cannot follow is <see cref="PathOrigin.Unknown"/>, so a read it cannot prove fine is reported.
/// </summary>
internal sealed class PathTracer
{
    // Deep enough for real code (a path built in a few steps), shallow enough to stay cheap on a long chain of locals.
    private const int MaxDepth = 16;

    private readonly INamedTypeSymbol? _dataFile;
    private readonly INamedTypeSymbol? _artifactFile;
    private readonly INamedTypeSymbol? _artifactDirectory;
    private readonly INamedTypeSymbol? _path;
    private readonly INamedTypeSymbol? _directory;
    private readonly INamedTypeSymbol? _fileSystemInfo;
    private readonly INamedTypeSymbol? _fileInfo;
    private readonly INamedTypeSymbol? _directoryInfo;

    public PathTracer(Compilation compilation)
    {
        _dataFile = compilation.GetTypeByMetadataName("Weft.DataFile");
        _artifactFile = compilation.GetTypeByMetadataName("Weft.ArtifactFile");
        _artifactDirectory = compilation.GetTypeByMetadataName("Weft.ArtifactDirectory");
        _path = compilation.GetTypeByMetadataName("System.IO.Path");
        _directory = compilation.GetTypeByMetadataName("System.IO.Directory");
        _fileSystemInfo = compilation.GetTypeByMetadataName("System.IO.FileSystemInfo");
        _fileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
        _directoryInfo = compilation.GetTypeByMetadataName("System.IO.DirectoryInfo");
    }

    /// <summary>Whether a value of this type can carry a path the tracer follows (so a call's argument is worth tracing).</summary>
    public bool CanCarryPath(ITypeSymbol? type) =>
        type is not null
        && (type.SpecialType == SpecialType.System_String
            || Is(type, _dataFile)
            || IsArtifact(type)
            || InheritsFrom(type, _fileSystemInfo)
            || type is IArrayTypeSymbol { ElementType: var element } && CanCarryPath(element));

    public int Trace(IOperation? value) => Trace(value, new List<ILocalSymbol>(), 0);

    /// <summary>
    /// Where each parameter of a called method gets its value, by ordinal; empty when none of its arguments can carry a
    /// path, which is most calls.
    /// </summary>
    public ImmutableArray<int> ArgumentOrigins(IOperation call)
    {
        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => ImmutableArray<IArgumentOperation>.Empty,
        };
        int[]? origins = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit || !CanCarryPath(parameter.Type))
            {
                continue;
            }

            if (origins is null)
            {
                origins = new int[parameter.ContainingSymbol is IMethodSymbol method ? method.Parameters.Length : 0];
                for (var i = 0; i < origins.Length; i++)
                {
                    origins[i] = PathOrigin.Unknown;
                }
            }

            if (parameter.Ordinal < origins.Length)
            {
                origins[parameter.Ordinal] = Trace(argument.Value);
            }
        }

        return origins is null ? ImmutableArray<int>.Empty : ImmutableArray.Create(origins);
    }

    private int Trace(IOperation? value, List<ILocalSymbol> active, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return PathOrigin.Unknown;
        }

        depth++;
        // An ArtifactFile or ArtifactDirectory is a step's own new scratch path (after Create) or a stored artifact read
        // back at a path keyed by its content: either way reading it is as repeatable as the artifact, however it was got.
        if (IsArtifact(value.Type))
        {
            return PathOrigin.Input;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                return Trace(conversion.Operand, active, depth);
            case IParenthesizedOperation parenthesized:
                return Trace(parenthesized.Operand, active, depth);
            case IParameterReferenceOperation parameter:
                // A DataFile is an input wherever it is passed; a lambda's or local function's parameter is not the method's.
                return IsInput(parameter.Type) ? PathOrigin.Input
                    : parameter.Parameter.ContainingSymbol is IMethodSymbol { MethodKind: not (MethodKind.LocalFunction or MethodKind.AnonymousFunction) }
                        ? parameter.Parameter.Ordinal
                        : PathOrigin.Unknown;
            case ILocalReferenceOperation local:
                return TraceLocal(local, active, depth);
            case IPropertyReferenceOperation property:
                return IsInput(property.Type) ? PathOrigin.Input
                    : property.Instance is not null && KeepsThePath(property.Property) ? Trace(property.Instance, active, depth)
                    : PathOrigin.Unknown;
            case IFieldReferenceOperation field:
                return IsInput(field.Type) ? PathOrigin.Input : PathOrigin.Unknown;
            case IArrayElementReferenceOperation element:
                // An element of DataFile[] is a DataFile; an element of a directory listing comes from where the directory does.
                return IsInput(element.Type) ? PathOrigin.Input : Trace(element.ArrayReference, active, depth);
            case IInvocationOperation invocation:
                return TraceInvocation(invocation, active, depth);
            case IObjectCreationOperation creation:
                return (Is(creation.Type, _fileInfo) || Is(creation.Type, _directoryInfo)) && creation.Arguments.Length > 0
                    ? Trace(creation.Arguments[0].Value, active, depth)
                    : PathOrigin.Unknown;
            case ICoalesceOperation coalesce:
                return PathOrigin.Combine(Trace(coalesce.Value, active, depth), Trace(coalesce.WhenNull, active, depth));
            case IConditionalOperation { WhenFalse: not null } conditional:
                return PathOrigin.Combine(Trace(conditional.WhenTrue, active, depth), Trace(conditional.WhenFalse, active, depth));
            default:
                return PathOrigin.Unknown;
        }
    }

    private int TraceInvocation(IInvocationOperation invocation, List<ILocalSymbol> active, int depth)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;

        // A new, empty temporary file or folder holds only what the step itself writes there, so reading it back is as
        // repeatable as the writing (a model saved by a library and read back as bytes).
        if (Is(type, _path) && method.Name == "GetTempFileName" || Is(type, _directory) && method.Name == "CreateTempSubdirectory")
        {
            return PathOrigin.Input;
        }

        if (Is(type, _path) && invocation.Arguments.Length > 0)
        {
            switch (method.Name)
            {
                // The rest of a combined path is below the first part: a file inside an input folder.
                case "Combine" or "Join":
                    return Trace(FirstPart(invocation.Arguments[0].Value), active, depth);
                case "GetDirectoryName" or "GetFullPath":
                    return Trace(invocation.Arguments[0].Value, active, depth);
            }

            return PathOrigin.Unknown;
        }

        // A listing's entries come from where the listed directory does.
        if (Is(type, _directory) && IsListing(method.Name) && invocation.Arguments.Length > 0)
        {
            return Trace(invocation.Arguments[0].Value, active, depth);
        }

        if (Is(type, _directoryInfo) && IsListing(method.Name) && invocation.Instance is not null)
        {
            return Trace(invocation.Instance, active, depth);
        }

        return PathOrigin.Unknown;
    }

    // Path.Combine(params string[]) receives an array built from the arguments; params ReadOnlySpan<string>, a collection.
    private static IOperation? FirstPart(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IArrayCreationOperation { Initializer: { ElementValues: { Length: > 0 } elements } } => elements[0],
            ICollectionExpressionOperation { Elements: { Length: > 0 } elements } => elements[0],
            _ => value,
        };
    }

    private int TraceLocal(ILocalReferenceOperation reference, List<ILocalSymbol> active, int depth)
    {
        var local = reference.Local;
        if (active.Any(l => SymbolEqualityComparer.Default.Equals(l, local)))
        {
            return PathOrigin.Neutral;
        }

        IOperation top = reference;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        active.Add(local);
        try
        {
            // Every value the local is ever given in the method (lambdas included) decides where it comes from.
            var origin = PathOrigin.Neutral;
            foreach (var operation in top.DescendantsAndSelf())
            {
                var contribution = Contribution(operation, local, active, depth);
                if (contribution is { } value)
                {
                    origin = PathOrigin.Combine(origin, value);
                    if (origin == PathOrigin.Unknown)
                    {
                        return origin;
                    }
                }
            }

            return origin == PathOrigin.Neutral ? PathOrigin.Unknown : origin;
        }
        finally
        {
            active.RemoveAt(active.Count - 1);
        }
    }

    private int? Contribution(IOperation operation, ILocalSymbol local, List<ILocalSymbol> active, int depth)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when Same(declarator.Symbol, local):
                var initializer = declarator.GetVariableInitializer();
                return initializer is null ? PathOrigin.Neutral : Trace(initializer.Value, active, depth);
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when Same(target.Local, local):
                return Trace(assignment.Value, active, depth);
            case IForEachLoopOperation loop when loop.Locals.Any(l => Same(l, local)):
                return Trace(loop.Collection, active, depth);
            case ILocalReferenceOperation reference when Same(reference.Local, local) && IsWrittenOtherwise(reference):
                return PathOrigin.Unknown;
            case IDeclarationPatternOperation pattern when Same(pattern.DeclaredSymbol, local):
                return PathOrigin.Unknown;
            default:
                return null;
        }
    }

    // A local passed by ref or out, deconstructed into, or compound-assigned may hold anything afterwards.
    private static bool IsWrittenOtherwise(ILocalReferenceOperation reference)
    {
        var parent = reference.Parent;
        if (parent is IDeclarationExpressionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IArgumentOperation argument => argument.Parameter is { RefKind: not RefKind.None and not RefKind.In },
            ICompoundAssignmentOperation compound => compound.Target == reference,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == reference,
            ITupleOperation => IsDeconstructionTarget(parent),
            _ => false,
        };
    }

    private static bool IsDeconstructionTarget(IOperation tuple)
    {
        var current = tuple;
        while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current;
    }

    private bool KeepsThePath(IPropertySymbol property) =>
        Is(property.ContainingType, _dataFile) && property.Name is "Path" or "FullPath"
        || IsArtifact(property.ContainingType) && property.Name == "Path"
        || Is(property.ContainingType, _fileSystemInfo) && property.Name == "FullName"
        || Is(property.ContainingType, _fileInfo) && property.Name is "DirectoryName" or "Directory"
        || Is(property.ContainingType, _directoryInfo) && property.Name == "Parent";

    internal static bool IsListing(string name) =>
        name is "EnumerateFiles" or "EnumerateDirectories" or "EnumerateFileSystemEntries" or "EnumerateFileSystemInfos"
            or "GetFiles" or "GetDirectories" or "GetFileSystemEntries" or "GetFileSystemInfos";

    // A DataFile (or an array of them) that the method receives or reads from an object is an input; one it makes itself with
    // DataFile.From is not, so locals are followed to their values like any other.
    private bool IsInput(ITypeSymbol? type) =>
        Is(type, _dataFile) || type is IArrayTypeSymbol { ElementType: var element } && Is(element, _dataFile);

    private bool IsArtifact(ITypeSymbol? type) =>
        Is(type, _artifactFile) || Is(type, _artifactDirectory)
        || type is IArrayTypeSymbol { ElementType: var element } && (Is(element, _artifactFile) || Is(element, _artifactDirectory));

    private static bool InheritsFrom(ITypeSymbol type, INamedTypeSymbol? known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(ISymbol? first, ISymbol second) => SymbolEqualityComparer.Default.Equals(first, second);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);
}
