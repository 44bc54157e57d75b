using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>
/// Reads of files and directories (WEFT1005) whose path does not come from a <c>DataFile</c>: their content is an input the
/// cache key does not see.
/// </summary>
internal sealed class FileSystemReads
{
    private readonly INamedTypeSymbol? _file;
    private readonly INamedTypeSymbol? _directory;
    private readonly INamedTypeSymbol? _fileInfo;
    private readonly INamedTypeSymbol? _directoryInfo;
    private readonly INamedTypeSymbol? _fileStream;
    private readonly INamedTypeSymbol? _streamReader;
    private readonly PathTracer _paths;

    public FileSystemReads(Compilation compilation, PathTracer paths)
    {
        _file = compilation.GetTypeByMetadataName("System.IO.File");
        _directory = compilation.GetTypeByMetadataName("System.IO.Directory");
        _fileInfo = compilation.GetTypeByMetadataName("System.IO.FileInfo");
        _directoryInfo = compilation.GetTypeByMetadataName("System.IO.DirectoryInfo");
        _fileStream = compilation.GetTypeByMetadataName("System.IO.FileStream");
        _streamReader = compilation.GetTypeByMetadataName("System.IO.StreamReader");
        _paths = paths;
    }

    public Finding? Classify(IOperation operation)
    {
        var (path, culprit) = operation switch
        {
            IInvocationOperation invocation => ReadBy(invocation),
            IObjectCreationOperation creation => ReadBy(creation),
            _ => (null, ""),
        };
        if (path is null)
        {
            return null;
        }

        var origin = _paths.Trace(path);
        return origin == PathOrigin.Input
            ? null
            : new Finding(DiagnosticDescriptors.FileSystemRead, operation.Syntax.GetLocation(), culprit, origin >= 0 ? origin : Finding.NoParameter);
    }

    // The operand that names what is read, and the culprit as users write it; (null, "") for anything that is not a read.
    private (IOperation? Path, string Culprit) ReadBy(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (Is(type, _file) && invocation.Arguments.Length > 0 && ReadsFile(method.Name, invocation))
        {
            return (invocation.Arguments[0].Value, "File." + method.Name + "()");
        }

        if (Is(type, _directory) && PathTracer.IsListing(method.Name) && invocation.Arguments.Length > 0)
        {
            return (invocation.Arguments[0].Value, "Directory." + method.Name + "()");
        }

        if (Is(type, _fileInfo) && invocation.Instance is not null
            && (method.Name is "OpenRead" or "OpenText" or "CopyTo" || method.Name == "Open" && OpensForReading(invocation)))
        {
            return (invocation.Instance, "FileInfo." + method.Name + "()");
        }

        if (Is(type, _directoryInfo) && invocation.Instance is not null && PathTracer.IsListing(method.Name))
        {
            return (invocation.Instance, "DirectoryInfo." + method.Name + "()");
        }

        return (null, "");
    }

    private (IOperation? Path, string Culprit) ReadBy(IObjectCreationOperation creation)
    {
        // Only the overloads that take a path: a stream or a handle was opened somewhere that is checked on its own.
        if (creation.Arguments.Length == 0 || creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String)
        {
            return (null, "");
        }

        if (Is(creation.Type, _streamReader))
        {
            return (creation.Arguments[0].Value, "new StreamReader()");
        }

        if (Is(creation.Type, _fileStream) && OpensForReading(creation.Arguments))
        {
            return (creation.Arguments[0].Value, "new FileStream()");
        }

        return (null, "");
    }

    private static bool ReadsFile(string name, IInvocationOperation invocation) => name switch
    {
        "ReadAllText" or "ReadAllTextAsync" or "ReadAllLines" or "ReadAllLinesAsync" or "ReadAllBytes" or "ReadAllBytesAsync"
            or "ReadLines" or "ReadLinesAsync" or "OpenRead" or "OpenText" or "Copy" => true,
        "Open" or "OpenHandle" => OpensForReading(invocation),
        _ => false,
    };

    private static bool OpensForReading(IInvocationOperation invocation) => OpensForReading(invocation.Arguments);

    // Opening to create, truncate or append, or for writing only, is a write. Anything not known to be one counts as a read.
    private static bool OpensForReading(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: int value })
            {
                continue;
            }

            switch (argument.Parameter?.Type.Name)
            {
                // FileMode: CreateNew = 1, Create = 2, Truncate = 5, Append = 6.
                case "FileMode" when value is 1 or 2 or 5 or 6:
                // FileAccess: Write = 2.
                case "FileAccess" when value == 2:
                    return false;
            }
        }

        return true;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}
